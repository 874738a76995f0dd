using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Api.Generations;
using Reelwright.Data;

namespace Reelwright.Api.Activity;

/// <summary>A project's activity feed: what was generated, commented, requested for review and decided, newest first.</summary>
public static class ActivityApi
{
    public static void MapActivityApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/projects/{projectId:guid}/activity", ListAsync)
            .RequireAuthorization()
            .WithTags("Review")
            .WithName("ListActivity")
            .WithSummary("A project's activity, newest first, keyset-paged (members of its team)")
            .Produces<ActivityPage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> ListAsync(Guid projectId, StudioDbContext db, StudioAccess access, CancellationToken ct, string? cursor = null, int limit = 50)
    {
        if (await access.RoleInProjectAsync(projectId, ct) is null)
            return AccessProblems.NotFound("project");
        HistoryCursor? after = null;
        if (limit is < 1 or > 200 || (cursor is not null && !HistoryCursor.TryDecode(cursor, out after)))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [limit is < 1 or > 200 ? "limit" : "cursor"] = ["limit must be 1 to 200, and cursor one this API handed out."] });

        var query = db.Activity.AsNoTracking().Where(a => a.ProjectId == projectId);
        if (after is not null)
            query = query.Where(a => EF.Functions.LessThan(ValueTuple.Create(a.CreatedAt, a.Id), ValueTuple.Create(after.CreatedAt, after.Id)));
        var rows = await query.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).Take(limit + 1)
            .GroupJoin(db.Users, a => a.ActorId, u => u.Id, (a, users) => new { a, users })
            .SelectMany(x => x.users.DefaultIfEmpty(), (x, u) => new ActivityResponse(x.a.Id, x.a.Kind, x.a.ActorId, u == null ? null : u.DisplayName, x.a.GenerationId, x.a.SubjectId, x.a.Summary, x.a.CreatedAt))
            .ToListAsync(ct);
        rows = [.. rows.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id)];
        var page = rows.Take(limit).ToList();
        var next = rows.Count > limit ? new HistoryCursor(page[^1].CreatedAt, page[^1].Id).Encode() : null;
        return TypedResults.Ok(new ActivityPage(page, next));
    }
}
