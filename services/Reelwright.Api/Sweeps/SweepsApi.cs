using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Api.Accounts;
using Reelwright.Api.Generations;
using Reelwright.Api.Generations.Status;
using Reelwright.Api.Media;
using Reelwright.Api.Projects;
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
        api.MapGet("/{id:guid}", GetAsync).WithName("GetSweep").WithSummary("A sweep's cells with their axis values, and its progress")
            .Produces<SweepResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:guid}/cancel", CancelAsync).WithName("CancelSweep")
            .WithSummary("Cancel every cell still queued or running (its author, an owner of its team, or an administrator)")
            .Produces<SweepResponse>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> CreateAsync(
        CreateSweepRequest request, HttpContext http, SweepPlanner planner, ProjectResolver projects, GenerationSubmitter submitter, WorkerRegistry workers,
        StudioDbContext db, StudioAccess access, MediaUrlSigner signer, TimeProvider clock, CancellationToken ct)
    {
        var plan = planner.Plan(request);
        var visibility = Visibility.Team;
        if (request.Visibility is not null && !GenerationsApi.TryParseVisibility(request.Visibility, out visibility))
            plan.Errors["visibility"] = ["visibility must be Private, Team or Public."];
        // As for a single generation: a model every online worker lacks or reports broken is refused, with their reason.
        if (plan.Errors.Count == 0 && await workers.WhyModelIsRefusedAsync(request.ModelId ?? GenerationRequestValidator.DefaultModelId, ct) is { } refusal)
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
            Name = string.IsNullOrWhiteSpace(request.Name) ? request.Template!.Trim() : request.Name.Trim(),
            Definition = JsonSerializer.Serialize(request), Axes = [.. plan.Axes], CellCount = plan.Cells.Count, CreatedAt = clock.GetUtcNow(),
        };
        await submitter.SubmitSweepAsync(sweep, plan.Cells, project.Project, visibility, ct);
        return TypedResults.Created($"/api/sweeps/{sweep.Id}", await ReadAsync(db, access, signer, sweep, ct));
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
        int Count(GenerationStatus status) => cells.Count(c => c.Status == status);
        return new SweepResponse(sweep.Id, sweep.ProjectId, sweep.Name, sweep.Axes, sweep.CellCount,
            Count(GenerationStatus.Succeeded) + Count(GenerationStatus.Failed) + Count(GenerationStatus.Canceled),
            Count(GenerationStatus.Succeeded), Count(GenerationStatus.Failed), Count(GenerationStatus.Canceled), sweep.CreatedAt, sweep.CanceledAt,
            [.. cells.Select(c => new SweepCellResponse(JsonSerializer.Deserialize<Dictionary<string, string>>(c.SweepValues!)!, GenerationResponse.From(c, signer)))]);
    }
}
