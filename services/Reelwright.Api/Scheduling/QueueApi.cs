using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Api.Accounts;
using Reelwright.Data;
using Reelwright.Data.Generations;
using Reelwright.Data.Scheduling;

namespace Reelwright.Api.Scheduling;

/// <summary>
/// The queue: everyone sees where their waiting jobs stand and how long they may wait; administrators see every job
/// and can pause the whole queue or one person's jobs, resume them, and move a job to the front. To anyone else the
/// administration endpoints do not exist (404).
/// </summary>
public static class QueueApi
{
    public static void MapQueueApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Queue").RequireAuthorization();
        api.MapGet("/queue", (HttpContext http, QueueReader reader, CancellationToken ct) => reader.ReadAsync(http.User.RequiredUserId(), ct))
            .WithName("GetMyQueue").WithSummary("The caller's waiting jobs: their place in line and estimated wait")
            .Produces<QueueResponse>();
        var admin = api.MapGroup("/admin/queue");
        admin.MapGet("/", async (StudioAccess access, QueueReader reader, CancellationToken ct) =>
                await access.IsAdminAsync(ct) ? TypedResults.Ok(await reader.ReadAsync(onlyAuthor: null, ct)) : AccessProblems.NotFound("page"))
            .WithName("GetQueue").WithSummary("Every waiting job in release order (administrators)")
            .Produces<QueueResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapPost("/pause", PauseAsync).WithName("PauseQueue").WithSummary("Pause the whole queue, or one person's jobs (administrators)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapPost("/resume", ResumeAsync).WithName("ResumeQueue").WithSummary("Resume the whole queue, or one person's jobs (administrators)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/admin/teams/{teamId:guid}/scheduling-weight", SetWeightAsync).WithName("SetTeamSchedulingWeight")
            .WithSummary("A team's share of the workers against other teams with waiting jobs (administrators; 1 by default)")
            .Produces(StatusCodes.Status204NoContent).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapPost("/{generationId:guid}/front", MoveToFrontAsync).WithName("MoveJobToFront")
            .WithSummary("Release a waiting job before every other (administrators)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> PauseAsync(QueueHoldRequest request, HttpContext http, StudioDbContext db, StudioAccess access, TimeProvider clock, CancellationToken ct)
    {
        if (!await access.IsAdminAsync(ct))
            return AccessProblems.NotFound("page");
        if (request.UserId is { } userId && !await db.Users.AnyAsync(u => u.Id == userId, ct))
            return AccessProblems.NotFound("person");
        // Pausing what is already paused is a no-op: the unique index keeps one hold per person and one for everyone.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO queue_holds (id, user_id, created_by, created_at) VALUES ({Guid.CreateVersion7()}, {request.UserId}, {http.User.RequiredUserId()}, {clock.GetUtcNow()}) ON CONFLICT DO NOTHING", ct);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> ResumeAsync(QueueHoldRequest request, StudioDbContext db, StudioAccess access, DispatchSignal dispatcher, CancellationToken ct)
    {
        if (!await access.IsAdminAsync(ct))
            return AccessProblems.NotFound("page");
        await db.QueueHolds.Where(h => h.UserId == request.UserId).ExecuteDeleteAsync(ct);
        dispatcher.Notify();
        return TypedResults.NoContent();
    }

    private static async Task<IResult> SetWeightAsync(Guid teamId, SchedulingWeightRequest request, StudioDbContext db, StudioAccess access, CancellationToken ct)
    {
        if (!await access.IsAdminAsync(ct))
            return AccessProblems.NotFound("page");
        if (request.Weight is not (>= SchedulingWeightRequest.Min and <= SchedulingWeightRequest.Max) || double.IsNaN(request.Weight.Value))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["weight"] = [$"A weight is {SchedulingWeightRequest.Min} to {SchedulingWeightRequest.Max}; 2 gets twice the clips of 1."] });
        var changed = await db.Teams.Where(t => t.Id == teamId).ExecuteUpdateAsync(set => set.SetProperty(t => t.SchedulingWeight, request.Weight.Value), ct);
        return changed == 0 ? AccessProblems.NotFound("team") : TypedResults.NoContent();
    }

    private static async Task<IResult> MoveToFrontAsync(Guid generationId, StudioDbContext db, StudioAccess access, DispatchSignal dispatcher, TimeProvider clock, CancellationToken ct)
    {
        if (!await access.IsAdminAsync(ct))
            return AccessProblems.NotFound("page");
        var moved = await db.Generations
            .Where(g => g.Id == generationId && g.Status == GenerationStatus.Queued && g.DispatchedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(g => g.MovedToFrontAt, clock.GetUtcNow()), ct);
        if (moved == 0)
            return await db.Generations.AnyAsync(g => g.Id == generationId, ct)
                ? TypedResults.Problem(title: "This job is no longer waiting.", detail: "Only jobs still waiting in the queue can be moved.", statusCode: StatusCodes.Status409Conflict)
                : AccessProblems.NotFound("generation");
        dispatcher.Notify();
        return TypedResults.NoContent();
    }
}
