using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Api.Accounts;
using Reelwright.Api.Generations;
using Reelwright.Api.Projects;
using Reelwright.Api.Prompts.Diff;
using Reelwright.Data;
using Reelwright.Data.Generations;
using Reelwright.Data.Prompts;
using Reelwright.Api.Webhooks;
using Reelwright.Data.Activity;
using Reelwright.Data.Teams;

namespace Reelwright.Api.Prompts;

/// <summary>
/// Prompts as versioned documents: every save is an immutable, numbered version (gap-free, never reused, even under
/// concurrent saves); editing an old version branches; labels point at one version each and every move is recorded;
/// any two versions can be diffed. Visibility follows the generations' rules; saving and labelling take an editor.
/// </summary>
public static partial class PromptsApi
{
    private const int MaxTextLength = 2000;

    public static void MapPromptsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Prompts");
        api.MapPost("/prompts", CreateAsync).RequireAuthorization().WithName("CreatePrompt").WithSummary("Start a prompt with its first version (editors and owners)")
            .Produces<PromptResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/prompts/{id:guid}", GetAsync).WithName("GetPrompt")
            .WithSummary("A prompt's version tree and labels; ?label=approved instead resolves that label: resolved and versions then hold only its version")
            .Produces<PromptResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/prompts/{id:guid}/versions", SaveAsync).RequireAuthorization().WithName("SavePromptVersion")
            .WithSummary("Save a new version, edited from parentVersion (the latest when omitted); an older parent starts a branch")
            .Produces<PromptVersionResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/prompts/{id:guid}/labels/{label}", MoveLabelAsync).RequireAuthorization().WithName("MovePromptLabel")
            .WithSummary("Point a label (draft, candidate, approved or any name) at a version; the move is recorded")
            .Produces<PromptLabelResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/prompts/{id:guid}/labels/{label}/moves", MovesAsync).WithName("ListPromptLabelMoves")
            .WithSummary("Who moved a label, when, from which version to which").Produces<List<LabelMoveResponse>>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/prompts/{id:guid}/diff", DiffAsync).WithName("DiffPromptVersions")
            .WithSummary("Word-level diff of two versions' texts and a table of their parameter changes")
            .Produces<PromptDiffResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> CreateAsync(CreatePromptRequest request, HttpContext http, StudioDbContext db, ProjectResolver projects, TimeProvider clock, CancellationToken ct)
    {
        var errors = Validate(request.FirstVersion ?? new SavePromptVersionRequest(null), "firstVersion.");
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > 200)
            errors["name"] = ["Name the prompt (1 to 200 characters)."];
        var visibility = Visibility.Team;
        if (request.Visibility is not null && !GenerationsApi.TryParseVisibility(request.Visibility, out visibility))
            errors["visibility"] = ["visibility must be Private, Team or Public."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var project = await projects.ResolveAsync(request.ProjectId, ct);
        if (project is null)
            return AccessProblems.NotFound("project");
        if (project.Role < TeamRole.Editor)
            return AccessProblems.RoleRequired(TeamRole.Editor, project.Role, "Writing prompts in this project");

        var now = clock.GetUtcNow();
        var userId = http.User.RequiredUserId();
        var prompt = new Prompt { Id = Guid.CreateVersion7(), ProjectId = project.Project.Id, TeamId = project.Project.TeamId, AuthorId = userId,
            Name = request.Name!.Trim(), Visibility = visibility, CreatedAt = now, UpdatedAt = now, LastVersion = 1 };
        db.Prompts.Add(prompt);
        db.PromptVersions.Add(PromptStore.NewVersion(prompt.Id, 1, parent: null, request.FirstVersion!, userId, now));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/prompts/{prompt.Id}", await ReadAsync(db, prompt, label: null, ct));
    }

    private static async Task<IResult> GetAsync(Guid id, StudioDbContext db, PromptStore prompts, CancellationToken ct, string? label = null)
    {
        var prompt = await prompts.FindVisibleAsync(id, ct);
        if (prompt is null)
            return AccessProblems.NotFound("prompt");
        if (label is not null && !await db.PromptLabels.AnyAsync(l => l.PromptId == id && l.Name == label, ct))
            return AccessProblems.NotFound($"label '{label}' on this prompt");
        return TypedResults.Ok(await ReadAsync(db, prompt, label, ct));
    }

    private static async Task<IResult> SaveAsync(Guid id, SavePromptVersionRequest request, HttpContext http, StudioDbContext db, PromptStore prompts, CancellationToken ct)
    {
        if (await EditableAsync(prompts, id, "Saving prompt versions", ct) is { } refusal)
            return refusal;
        var errors = Validate(request, "");
        if (request.ParentVersion is { } parent && !await prompts.HasVersionAsync(id, parent, ct))
            errors["parentVersion"] = [$"This prompt has no version {parent}."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var version = await prompts.SaveVersionAsync(id, request, http.User.RequiredUserId(), ct);
        return TypedResults.Created($"/api/prompts/{id}", PromptVersionResponse.From(version));
    }

    private static async Task<IResult> MoveLabelAsync(
        Guid id, string label, MoveLabelRequest request, HttpContext http, StudioDbContext db, PromptStore prompts, ActivityRecorder activity, TimeProvider clock, CancellationToken ct)
    {
        if (await EditableAsync(prompts, id, "Moving labels", ct) is { } refusal)
            return refusal;
        if (!LabelPattern().IsMatch(label))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["label"] = ["A label is 1 to 50 lower-case letters, digits, dashes or underscores, e.g. approved."] });
        if (request.Version is not { } target || !await prompts.HasVersionAsync(id, target, ct))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = ["Name a version this prompt has."] });

        var userId = http.User.RequiredUserId();
        var strategy = db.Database.CreateExecutionStrategy();
        var moved = await strategy.ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            // The prompt's row lock serialises moves, so each recorded move starts where the previous one ended; the time
            // is read under the lock too, so the moves' times are in the order they happened.
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM prompts WHERE id = {id} FOR UPDATE", token);
            var now = clock.GetUtcNow();
            var current = await db.PromptLabels.SingleOrDefaultAsync(l => l.PromptId == id && l.Name == label, token);
            db.PromptLabelMoves.Add(new PromptLabelMove { Id = Guid.CreateVersion7(), PromptId = id, Label = label, FromVersion = current?.VersionNumber, ToVersion = target, MovedBy = userId, MovedAt = now });
            if (current is null)
                db.PromptLabels.Add(current = new PromptLabel { PromptId = id, Name = label, VersionNumber = target, MovedBy = userId, MovedAt = now });
            else
                (current.VersionNumber, current.MovedBy, current.MovedAt) = (target, userId, now);
            await RecordLabelledAsync(db, activity, id, label, target, userId, http.User.Identity?.Name, now, token);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return current;
        }, ct);
        return TypedResults.Ok(new PromptLabelResponse(moved.Name, moved.VersionNumber, moved.MovedBy, moved.MovedAt));
    }

    private static async Task<IResult> MovesAsync(Guid id, string label, StudioDbContext db, PromptStore prompts, CancellationToken ct)
    {
        if (await prompts.FindVisibleAsync(id, ct) is null)
            return AccessProblems.NotFound("prompt");
        var moves = await db.PromptLabelMoves.AsNoTracking().Where(m => m.PromptId == id && m.Label == label).OrderBy(m => m.MovedAt).ThenBy(m => m.Id)
            .Select(m => new LabelMoveResponse(m.Label, m.FromVersion, m.ToVersion, m.MovedBy, m.MovedAt)).ToListAsync(ct);
        return TypedResults.Ok(moves);
    }

    private static async Task<IResult> DiffAsync(Guid id, int from, int to, StudioDbContext db, PromptStore prompts, CancellationToken ct)
    {
        if (await prompts.FindVisibleAsync(id, ct) is null)
            return AccessProblems.NotFound("prompt");
        var versions = await db.PromptVersions.AsNoTracking().Where(v => v.PromptId == id && (v.Number == from || v.Number == to)).ToListAsync(ct);
        var before = versions.SingleOrDefault(v => v.Number == from);
        var after = versions.SingleOrDefault(v => v.Number == to);
        if (before is null || after is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [before is null ? "from" : "to"] = ["This prompt has no such version."] });
        return TypedResults.Ok(new PromptDiffResponse(from, to, WordDiff.Between(before.Text, after.Text), WordDiff.Between(before.NegativeText, after.NegativeText), ParameterChanges(before, after)));
    }

    private static IReadOnlyList<ParameterChange> ParameterChanges(PromptVersion before, PromptVersion after)
    {
        var changes = new List<ParameterChange>();
        void Compare(string field, object? a, object? b)
        {
            var (x, y) = (Convert.ToString(a, CultureInfo.InvariantCulture), Convert.ToString(b, CultureInfo.InvariantCulture));
            if (x != y)
                changes.Add(new ParameterChange(field, x, y));
        }

        Compare("modelId", before.ModelId, after.ModelId);
        Compare("seed", before.Seed, after.Seed);
        Compare("steps", before.Steps, after.Steps);
        Compare("guidance", before.Guidance, after.Guidance);
        Compare("variables", PromptVariables.Describe(before.Variables), PromptVariables.Describe(after.Variables));
        return changes;
    }

    /// <param name="label">When given, only the version it points at is read: a script rendering the approved prompt
    /// should not pay for the whole tree.</param>
    private static async Task<PromptResponse> ReadAsync(StudioDbContext db, Prompt prompt, string? label, CancellationToken ct)
    {
        var labels = await db.PromptLabels.AsNoTracking().Where(l => l.PromptId == prompt.Id).OrderBy(l => l.Name).ToListAsync(ct);
        var labelled = label is null ? (int?)null : labels.Single(l => l.Name == label).VersionNumber;
        var versions = await db.PromptVersions.AsNoTracking().Where(v => v.PromptId == prompt.Id && (labelled == null || v.Number == labelled))
            .OrderBy(v => v.Number).ToListAsync(ct);
        return new PromptResponse(prompt.Id, prompt.ProjectId, prompt.Name, prompt.Visibility, prompt.CreatedAt,
            [.. versions.Select(PromptVersionResponse.From)], [.. labels.Select(l => new PromptLabelResponse(l.Name, l.VersionNumber, l.MovedBy, l.MovedAt))],
            labelled is null ? null : PromptVersionResponse.From(versions.Single()));
    }

    private static async Task<IResult?> EditableAsync(PromptStore prompts, Guid id, string toDo, CancellationToken ct) =>
        await prompts.FindVisibleAsync(id, ct) is { } prompt ? await prompts.WhyNotEditableAsync(prompt, toDo, ct) : AccessProblems.NotFound("prompt");

    /// <summary>A label move is project activity ("approved now points at v7"), sent to webhooks like the rest.</summary>
    private static async Task RecordLabelledAsync(
        StudioDbContext db, ActivityRecorder activity, Guid promptId, string label, int version, Guid userId, string? userName, DateTimeOffset now, CancellationToken ct)
    {
        var prompt = await db.Prompts.AsNoTracking().SingleAsync(p => p.Id == promptId, ct);
        await activity.RecordAsync(new ActivityEntry
        {
            Id = Guid.CreateVersion7(), ProjectId = prompt.ProjectId, TeamId = prompt.TeamId, ActorId = userId, Kind = ActivityKind.Labelled, SubjectId = promptId, CreatedAt = now,
            Summary = $"{userName} moved {label} of \"{prompt.Name}\" to v{version}",
        }, ct);
    }

    private static Dictionary<string, string[]> Validate(SavePromptVersionRequest request, string prefix)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Text) || request.Text.Length > MaxTextLength)
            errors[$"{prefix}text"] = [$"Write the prompt (1 to {MaxTextLength} characters)."];
        if (request.NegativeText is { Length: > MaxTextLength })
            errors[$"{prefix}negativeText"] = [$"At most {MaxTextLength} characters."];
        if (request.Message is { Length: > 500 })
            errors[$"{prefix}message"] = ["At most 500 characters."];
        foreach (var (name, values) in request.Variables ?? [])
            if (!VariableName().IsMatch(name) || values is not { Count: > 0 } || values.Any(string.IsNullOrEmpty))
                errors[$"{prefix}variables.{name}"] = ["A variable is a name (letters, digits, _) with at least one non-empty value."];
        return errors;
    }

    [GeneratedRegex("^[a-z0-9_-]{1,50}$")]
    private static partial Regex LabelPattern();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,49}$")]
    private static partial Regex VariableName();
}
