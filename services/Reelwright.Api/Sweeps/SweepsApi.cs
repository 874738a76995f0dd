using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Api.Accounts;
using Reelwright.Api.Generations;
using Reelwright.Api.Generations.Status;
using Reelwright.Api.Media;
using Reelwright.Api.Projects;
using Reelwright.Api.Prompts;
using Reelwright.Api.Workers;
using Reelwright.Data;
using Reelwright.Data.Generations;
using Reelwright.Data.Sweeps;
using Reelwright.Data.Teams;

namespace Reelwright.Api.Sweeps;

/// <summary>
/// Sweeps: a batch of generations from the product of chosen axes, submitted together, followed together (k of n
/// done) and canceled together. Their jobs wait in the batch class, so single generations go first.
/// </summary>
public static class SweepsApi
{
    public static void MapSweepsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sweeps").WithTags("Sweeps").RequireAuthorization();
        api.MapPost("/", CreateAsync).WithName("CreateSweep")
            .WithSummary("Queue the cartesian product of a prompt template's variables and alternatives, seeds, guidance values and steps")
            .WithDescription("Everything is checked before anything is queued: a sweep above the configured size is refused (400, keyed \"cells\", with its count).")
            .Produces<SweepResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/", ListAsync).WithName("ListSweeps").WithSummary("The sweeps of the caller's teams (or of one project), newest first, with their progress; cells omitted")
            .Produces<List<SweepResponse>>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:guid}", GetAsync).WithName("GetSweep").WithSummary("A sweep's cells with their axis values, and its progress")
            .Produces<SweepResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:guid}/cancel", CancelAsync).WithName("CancelSweep")
            .WithSummary("Cancel every cell still queued or running (its author, an owner of its team, or an administrator)")
            .Produces<SweepResponse>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> CreateAsync(
        CreateSweepRequest request, HttpContext http, SweepPlanner planner, ProjectResolver projects, GenerationSubmitter submitter, WorkerRegistry workers,
        StudioDbContext db, StudioAccess access, PromptStore prompts, MediaUrlSigner signer, TimeProvider clock, CancellationToken ct)
    {
        var (sources, promptProjectId, sourceErrors) = await SourcesAsync(request, db, prompts, ct);
        if (sourceErrors.Count > 0)
            return TypedResults.ValidationProblem(sourceErrors, title: "The sweep is not valid; nothing was queued.");
        // A prompt's versions are swept where the prompt lives.
        request = request with { ProjectId = promptProjectId ?? request.ProjectId };
        var plan = planner.Plan(request, sources);
        var visibility = Visibility.Team;
        if (request.Visibility is not null && !GenerationsApi.TryParseVisibility(request.Visibility, out visibility))
            plan.Errors["visibility"] = ["visibility must be Private, Team or Public."];
        // As for a single generation: a model every online worker lacks or reports broken is refused, with their reason.
        foreach (var model in plan.Errors.Count == 0 ? sources.Select(s => s.ModelId ?? GenerationRequestValidator.DefaultModelId).Distinct() : [])
            if (await workers.WhyModelIsRefusedAsync(model, ct) is { } refusal)
                plan.Errors["modelId"] = [refusal];
        if (plan.Errors.Count > 0)
            return TypedResults.ValidationProblem(plan.Errors, title: "The sweep is not valid; nothing was queued.");

        var project = await projects.ResolveAsync(request.ProjectId, ct);
        if (project is null)
            return request.ProjectId is null
                ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["projectId"] = ["You have no project you may generate in; name one."] })
                : AccessProblems.NotFound("project");
        if (project.Role < TeamRole.Editor)
            return AccessProblems.RoleRequired(TeamRole.Editor, project.Role, "Running sweeps in this project");

        var sweep = new Sweep
        {
            Id = Guid.CreateVersion7(), ProjectId = project.Project.Id, TeamId = project.Project.TeamId, AuthorId = http.User.RequiredUserId(),
            Name = NameOf(request, sources[0]),
            Definition = JsonSerializer.Serialize(request), Axes = [.. plan.Axes], CellCount = plan.Cells.Count, CreatedAt = clock.GetUtcNow(),
        };
        await submitter.SubmitSweepAsync(sweep, plan.Cells, project.Project, visibility, ct);
        return TypedResults.Created($"/api/sweeps/{sweep.Id}", await ReadAsync(db, access, signer, sweep, ct));
    }

    /// <summary>The name given, or the (first) template shortened to fit.</summary>
    private static string NameOf(CreateSweepRequest request, SweepSource first)
    {
        var name = string.IsNullOrWhiteSpace(request.Name) ? first.Template.Trim() : request.Name.Trim();
        return name.Length <= 200 ? name : name[..199] + "…";
    }

    /// <summary>
    /// The request's template, or each chosen version of its prompt (which the caller must see, in the named project)
    /// with the prompt's project.
    /// </summary>
    private static async Task<(IReadOnlyList<SweepSource> Sources, Guid? PromptProjectId, Dictionary<string, string[]> Errors)> SourcesAsync(
        CreateSweepRequest request, StudioDbContext db, PromptStore prompts, CancellationToken ct)
    {
        if (request.PromptId is not { } promptId)
            return request.PromptVersions is null ? ([SweepSource.Of(request)], null, []) : ([], null, new() { ["promptId"] = ["Name the prompt whose versions to sweep."] });
        if (request.Template is not null)
            return ([], null, new() { ["template"] = ["Sweep either a template or a prompt's versions, not both."] });
        if (request.PromptVersions is not { Count: > 0 } numbers)
            return ([], null, new() { ["promptVersions"] = ["List the versions to sweep, e.g. [1, 3]."] });
        var prompt = await prompts.FindVisibleAsync(promptId, ct);
        if (prompt is null)
            return ([], null, new() { ["promptId"] = ["No prompt you can see has this id."] });
        if (request.ProjectId is { } projectId && projectId != prompt.ProjectId)
            return ([], null, new() { ["promptId"] = ["This prompt belongs to another project: sweep in the prompt's project."] });
        var versions = await db.PromptVersions.AsNoTracking().Where(v => v.PromptId == promptId && numbers.Contains(v.Number)).ToListAsync(ct);
        var missing = numbers.Except(versions.Select(v => v.Number)).ToList();
        if (missing.Count > 0)
            return ([], null, new() { ["promptVersions"] = [$"This prompt has no version {string.Join(", ", missing)}."] });
        return ([.. numbers.Distinct().Select(n => SweepSource.Of(versions.Single(v => v.Number == n), request))], prompt.ProjectId, []);
    }

    private static async Task<IResult> ListAsync(StudioDbContext db, StudioAccess access, CancellationToken ct, Guid? projectId = null, int limit = 50)
    {
        if (limit is < 1 or > GenerationsApi.MaxPageSize)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"limit must be between 1 and {GenerationsApi.MaxPageSize}."] });
        var teams = (await access.RolesAsync(ct)).Keys.ToList();
        var sweeps = await db.Sweeps.AsNoTracking().Where(s => teams.Contains(s.TeamId) && (projectId == null || s.ProjectId == projectId))
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Take(limit).ToListAsync(ct);
        var ids = sweeps.Select(s => s.Id).ToList();
        var counts = (await db.Generations.AsNoTracking().Where(g => g.SweepId != null && ids.Contains(g.SweepId.Value))
            .GroupBy(g => new { g.SweepId, g.Status }).Select(group => new { group.Key.SweepId, group.Key.Status, Count = group.Count() }).ToListAsync(ct))
            .ToLookup(c => c.SweepId!.Value, c => (c.Status, c.Count));
        return TypedResults.Ok(sweeps.Select(s => Summarise(s, counts[s.Id].ToList(), [])).ToList());
    }

    private static async Task<IResult> GetAsync(Guid id, StudioDbContext db, StudioAccess access, MediaUrlSigner signer, CancellationToken ct)
    {
        var sweep = await db.Sweeps.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        return sweep is null || await access.RoleInAsync(sweep.TeamId, ct) is null
            ? AccessProblems.NotFound("sweep")
            : TypedResults.Ok(await ReadAsync(db, access, signer, sweep, ct));
    }

    private static async Task<IResult> CancelAsync(
        Guid id, HttpContext http, StudioDbContext db, StudioAccess access, GenerationCanceler canceler, MediaUrlSigner signer, TimeProvider clock, CancellationToken ct)
    {
        var sweep = await db.Sweeps.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (sweep is null || await access.RoleInAsync(sweep.TeamId, ct) is not { } role)
            return AccessProblems.NotFound("sweep");
        if (sweep.AuthorId != http.User.RequiredUserId() && role != TeamRole.Owner && !await access.IsAdminAsync(ct))
            return AccessProblems.NotYours("cancel this sweep");

        sweep.CanceledAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        var unfinished = await db.Generations.Where(g => g.SweepId == id && GenerationStatusRecorder.Unfinished.Contains(g.Status)).Select(g => g.Id).ToListAsync(ct);
        foreach (var generationId in unfinished)
            await canceler.CancelAsync(generationId, ct);
        return TypedResults.Ok(await ReadAsync(db, access, signer, sweep, ct));
    }

    private static async Task<SweepResponse> ReadAsync(StudioDbContext db, StudioAccess access, MediaUrlSigner signer, Sweep sweep, CancellationToken ct)
    {
        var cells = await (await access.VisibleGenerationsAsync(ct)).AsNoTracking().Include(g => g.Clip).Include(g => g.Author)
            .Where(g => g.SweepId == sweep.Id).OrderBy(g => g.CreatedAt).ThenBy(g => g.Id).ToListAsync(ct);
        return Summarise(sweep, [.. cells.CountBy(c => c.Status).Select(pair => (pair.Key, pair.Value))],
            [.. cells.Select(c => new SweepCellResponse(JsonSerializer.Deserialize<Dictionary<string, string>>(c.SweepValues!)!, GenerationResponse.From(c, signer)))]);
    }

    private static SweepResponse Summarise(Sweep sweep, IReadOnlyList<(GenerationStatus Status, int Count)> counts, IReadOnlyList<SweepCellResponse> cells)
    {
        int Count(GenerationStatus status) => counts.Where(c => c.Status == status).Sum(c => c.Count);
        return new SweepResponse(sweep.Id, sweep.ProjectId, sweep.Name, sweep.Axes, sweep.CellCount,
            Count(GenerationStatus.Succeeded) + Count(GenerationStatus.Failed) + Count(GenerationStatus.Canceled),
            Count(GenerationStatus.Succeeded), Count(GenerationStatus.Failed), Count(GenerationStatus.Canceled), sweep.CreatedAt, sweep.CanceledAt, cells);
    }
}
