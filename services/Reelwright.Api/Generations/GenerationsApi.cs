using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Api.Accounts;
using Reelwright.Api.Gallery;
using Reelwright.Api.Generations.Status;
using Reelwright.Api.Media;
using Reelwright.Api.Projects;
using Reelwright.Api.Prompts;
using Reelwright.Api.Search;
using Reelwright.Api.Workers;
using Reelwright.Data;
using Reelwright.Data.Favourites;
using Reelwright.Data.Generations;
using Reelwright.Data.Prompts;
using Reelwright.Data.Teams;

namespace Reelwright.Api.Generations;

/// <summary>
/// Generations: submit, read, list, cancel, change who sees them. Access follows <see cref="StudioAccess"/>: a
/// generation the caller may not see answers 404; one they see but may not change answers 403 saying who can.
/// </summary>
public static class GenerationsApi
{
    public const int MaxIdempotencyKeyLength = 200;
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static RouteGroupBuilder MapGenerationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/generations").WithTags("Generations");
        api.MapPost("/", SubmitAsync)
            .RequireAuthorization()
            .WithName("SubmitGeneration")
            .WithSummary("Queue a clip for generation (editors and owners of the project's team)")
            .WithDescription("Send an Idempotency-Key header to make retries safe: the same key returns the same generation (200), never a second one; the key reused for a different request is refused (422). Keys are per account.")
            .Produces<GenerationResponse>(StatusCodes.Status201Created)
            .Produces<GenerationResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/{id:guid}/cancel", CancelAsync)
            .RequireAuthorization()
            .WithName("CancelGeneration")
            .WithSummary("Cancel a queued or running generation (its author, or an owner of its team)")
            .WithDescription("A queued job ends Canceled at once; a running one stops at its next sampling step and its partial output is discarded. Canceling a canceled job is a no-op; a finished one is a 409.")
            .Produces<GenerationResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/{id:guid}/visibility", ChangeVisibilityAsync)
            .RequireAuthorization()
            .WithName("ChangeGenerationVisibility")
            .WithSummary("Change who may see a generation (its author, or an owner of its team)")
            .WithDescription("Narrowing it (public to team, team to private) voids every media URL issued before at once.")
            .Produces<GenerationResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:guid}", GetAsync).WithName("GetGeneration").WithSummary("A generation's status, recipe and clip (anyone, for public ones)")
            .Produces<GenerationResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/", ListAsync)
            .RequireAuthorization()
            .WithName("ListGenerations")
            .WithSummary("History of the caller's teams, newest first, keyset-paged; narrowed by text, model, dates, author, project or favourites")
            .Produces<GenerationPage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> SubmitAsync(
        SubmitGenerationRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        HttpContext http,
        StudioAccess access,
        GenerationRequestValidator validator,
        ProjectResolver projects,
        WorkerRegistry workers,
        GenerationSubmitter submitter,
        PromptStore prompts,
        MediaUrlSigner signer,
        StudioDbContext db,
        CancellationToken ct)
    {
        var errors = validator.Validate(request);
        var (prompt, promptErrors) = await PromptOfAsync(request, prompts, ct);
        foreach (var (field, messages) in promptErrors)
            errors[field] = messages;
        if (prompt is not null)
            request = request with { ProjectId = prompt.ProjectId };
        if (errors.Count == 0 && await workers.WhyModelIsRefusedAsync(GenerationRequestValidator.ModelIdOf(request), ct) is { } refusal)
            errors["modelId"] = [refusal];
        if (idempotencyKey is { Length: 0 or > MaxIdempotencyKeyLength })
            errors["Idempotency-Key"] = [$"The Idempotency-Key header must be 1 to {MaxIdempotencyKeyLength} characters."];
        var visibility = Visibility.Team;
        if (request.Visibility is not null && !TryParseVisibility(request.Visibility, out visibility))
            errors["visibility"] = ["visibility must be Private, Team or Public."];
        var project = await projects.ResolveAsync(request.ProjectId, ct);
        if (project is null && request.ProjectId is null)
            errors["projectId"] = ["You have no project you may generate in; name one (GET /api/me lists yours)."];
        if (request.RemixOfId is { } remixOfId && !await GalleryClips.Published(db).AnyAsync(g => g.Id == remixOfId && !g.HideRecipe, ct))
            errors["remixOfId"] = ["Remix a clip from the gallery whose recipe is shown: this one is not published, or its author kept its recipe hidden."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "The generation request is not valid.");
        if (project is null)
            return AccessProblems.NotFound("project");
        if (project.Role < TeamRole.Editor)
            return AccessProblems.RoleRequired(TeamRole.Editor, project.Role, "Generating in this project");
        Generation? parent = null;
        if (request.ParentGenerationId is { } parentId)
        {
            parent = await (await access.VisibleGenerationsAsync(ct)).AsNoTracking().SingleOrDefaultAsync(g => g.Id == parentId && g.ProjectId == project.Project.Id, ct);
            if (parent is null)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["parentGenerationId"] = ["No generation you can see has this id in this project."] });
        }

        if (prompt is not null)
            request = request with { PromptVersion = await prompts.VersionForAsync(prompt, request.PromptVersion, PromptRecipe.Of(request), http.User.RequiredUserId(), ct) };

        return await submitter.SubmitAsync(request, project.Project, http.User.RequiredUserId(), visibility, parent, idempotencyKey, ct) switch
        {
            SubmissionOutcome.Created created => TypedResults.Created($"/api/generations/{created.Generation.Id}", GenerationResponse.From(created.Generation, signer)),
            SubmissionOutcome.AlreadySubmitted earlier => TypedResults.Ok(GenerationResponse.From(earlier.Generation, signer)),
            SubmissionOutcome.KeyReusedWithDifferentRequest clash => TypedResults.Problem(
                title: "Idempotency-Key already used for a different request.",
                detail: $"Generation {clash.Existing.Id} was created with this key from a different request body. Use a new key for a new request.",
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["field"] = "Idempotency-Key", ["generationId"] = clash.Existing.Id }),
            var other => throw new InvalidOperationException($"Unhandled submission outcome {other}."),
        };
    }

    /// <summary>The prompt a generation is made from, checked: visible to the caller, in the named project, with the named version.</summary>
    private static async Task<(Prompt? Prompt, Dictionary<string, string[]> Errors)> PromptOfAsync(SubmitGenerationRequest request, PromptStore prompts, CancellationToken ct)
    {
        if (request.PromptId is not { } promptId)
            return (null, request.PromptVersion is null ? [] : new() { ["promptVersion"] = ["Name the prompt (promptId) the version belongs to."] });
        var prompt = await prompts.FindVisibleAsync(promptId, ct);
        if (prompt is null)
            return (null, new() { ["promptId"] = ["No prompt you can see has this id."] });
        if (request.ProjectId is { } projectId && projectId != prompt.ProjectId)
            return (null, new() { ["promptId"] = ["This prompt belongs to another project: generate in the prompt's project."] });
        if (request.PromptVersion is { } version && !await prompts.HasVersionAsync(promptId, version, ct))
            return (null, new() { ["promptVersion"] = [$"This prompt has no version {version}."] });
        return (prompt, []);
    }

    private static async Task<IResult> CancelAsync(Guid id, StudioDbContext db, StudioAccess access, GenerationCanceler canceler, MediaUrlSigner signer, CancellationToken ct)
    {
        if (await ManageableAsync(id, db, access, "cancel it", ct) is { } refusal)
            return refusal;

        return await canceler.CancelAsync(id, ct) switch
        {
            CancellationOutcome.Canceled canceled => TypedResults.Ok(GenerationResponse.From(canceled.Generation, signer)),
            CancellationOutcome.AlreadyFinished finished => TypedResults.Problem(
                title: "The generation has already finished.",
                detail: $"Generation {id} is {finished.Generation.Status}; only queued or running generations can be canceled.",
                statusCode: StatusCodes.Status409Conflict),
            _ => AccessProblems.NotFound("generation"),
        };
    }

    private static async Task<IResult> ChangeVisibilityAsync(
        Guid id, ChangeVisibilityRequest request, StudioDbContext db, StudioAccess access, GenerationUpdateNotifier notifier, MediaUrlSigner signer, CancellationToken ct)
    {
        if (await ManageableAsync(id, db, access, "change who sees it", ct) is { } refusal)
            return refusal;
        if (request.Visibility is null || !TryParseVisibility(request.Visibility, out var visibility))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["visibility"] = ["visibility must be Private, Team or Public."] });

        var generation = await db.Generations.Include(g => g.Clip).Include(g => g.Author).SingleAsync(g => g.Id == id, ct);
        if (visibility < generation.Visibility)
            generation.MediaAccessVersion++;
        generation.Visibility = visibility;
        await db.SaveChangesAsync(ct);
        await notifier.PublishAsync(generation, ct);
        return TypedResults.Ok(GenerationResponse.From(generation, signer));
    }

    private static async Task<IResult> GetAsync(Guid id, StudioAccess access, MediaUrlSigner signer, CancellationToken ct)
    {
        var generation = await (await access.VisibleGenerationsAsync(ct)).AsNoTracking()
            .Include(g => g.Clip).Include(g => g.Author).SingleOrDefaultAsync(g => g.Id == id, ct);
        // A hidden recipe stays with the team: whoever sees the clip only because it is public gets no response carrying it.
        if (generation is null || (generation.HideRecipe && !await access.CanSeeAsync(Visibility.Team, generation.AuthorId, generation.TeamId, ct)))
            return AccessProblems.NotFound("generation");
        return TypedResults.Ok(GenerationResponse.From(generation, signer));
    }

    private static async Task<IResult> ListAsync(
        StudioDbContext db, StudioAccess access, MediaUrlSigner signer, [AsParameters] GenerationFilter filter, CancellationToken ct, string? cursor = null, int limit = DefaultPageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (limit is < 1 or > MaxPageSize)
            errors["limit"] = [$"limit must be between 1 and {MaxPageSize}."];
        HistoryCursor? after = null;
        if (cursor is not null && !HistoryCursor.TryDecode(cursor, out after))
            errors["cursor"] = ["cursor is not one this API handed out; pass nextCursor from the previous page."];
        if (filter.Q is { Length: > 200 })
            errors["q"] = ["Search for at most 200 characters."];
        if (filter is { From: { } from, To: { } to } && to <= from)
            errors["to"] = ["to must be after from."];
        if (filter is { PromptVersion: not null, PromptId: null })
            errors["promptVersion"] = ["Name the prompt (promptId) the version belongs to."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var query = (await access.TeamGenerationsAsync(ct)).AsNoTracking().Include(g => g.Clip).Include(g => g.Author).AsQueryable();
        if (filter.ProjectId is { } project)
        {
            if (await access.RoleInProjectAsync(project, ct) is null)
                return AccessProblems.NotFound("project");
            query = query.Where(g => g.ProjectId == project);
        }
        query = Narrow(query, filter, db, access.UserId);
        if (after is not null)
            query = query.Where(g => EF.Functions.LessThan(ValueTuple.Create(g.CreatedAt, g.Id), ValueTuple.Create(after.CreatedAt, after.Id)));
        var rows = await query.OrderByDescending(g => g.CreatedAt).ThenByDescending(g => g.Id).Take(limit + 1).ToListAsync(ct);

        var page = rows.Take(limit).Select(g => GenerationResponse.From(g, signer)).ToList();
        var next = rows.Count > limit ? new HistoryCursor(page[^1].CreatedAt, page[^1].Id).Encode() : null;
        return TypedResults.Ok(new GenerationPage(page, next));
    }

    private static IQueryable<Generation> Narrow(IQueryable<Generation> query, GenerationFilter filter, StudioDbContext db, Guid? userId)
    {
        if (!string.IsNullOrWhiteSpace(filter.Q))
            query = query.Where(g => EF.Functions.ILike(g.Prompt, LikePattern.Containing(filter.Q)));
        if (filter.ModelId is { } model)
            query = query.Where(g => g.ModelId == model);
        if (filter.From is { } from)
            query = query.Where(g => g.CreatedAt >= from);
        if (filter.To is { } to)
            query = query.Where(g => g.CreatedAt < to);
        if (filter.AuthorId is { } author)
            query = query.Where(g => g.AuthorId == author);
        if (filter.PromptId is { } prompt)
            query = query.Where(g => g.PromptId == prompt && (filter.PromptVersion == null || g.PromptVersion == filter.PromptVersion));
        if (filter.Favourites)
            query = query.Where(g => db.Favourites.Any(f => f.UserId == userId && f.Kind == FavouriteKind.Generation && f.TargetId == g.Id));
        return query;
    }

    private static async Task<IResult?> ManageableAsync(Guid id, StudioDbContext db, StudioAccess access, string toDo, CancellationToken ct)
    {
        var generation = await db.Generations.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, ct);
        if (generation is null || !await access.CanSeeAsync(generation, ct))
            return AccessProblems.NotFound("generation");
        return await access.CanManageAsync(generation, ct) ? null : AccessProblems.NotYours(toDo);
    }

    /// <summary>Private, Team or Public by name (any case); numbers are refused rather than taken as enum values.</summary>
    internal static bool TryParseVisibility(string text, out Visibility visibility) =>
        Enum.TryParse(text, ignoreCase: true, out visibility) && Enum.IsDefined(visibility) && !int.TryParse(text, out _);
}

public sealed record ChangeVisibilityRequest(string? Visibility);
