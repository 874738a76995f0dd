using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Api.Accounts;
using Reelwright.Api.Activity;
using Reelwright.Api.Webhooks;
using Reelwright.Data;
using Reelwright.Data.Activity;
using Reelwright.Data.Comments;
using Reelwright.Data.Generations;
using Reelwright.Data.Teams;

namespace Reelwright.Api.Comments;

/// <summary>
/// Frame-accurate comments on a clip: anyone who sees the clip reads them; reviewers, editors and owners of its team
/// write, reply, resolve and reopen.
/// </summary>
public static class CommentsApi
{
    public static void MapCommentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Review");
        api.MapGet("/generations/{id:guid}/comments", ListAsync).WithName("ListComments")
            .WithSummary("A clip's comments, oldest first; replies carry their thread's id")
            .Produces<List<CommentResponse>>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/generations/{id:guid}/comments", CreateAsync).RequireAuthorization().WithName("CreateComment")
            .WithSummary("Comment on a frame or frame range, optionally at a point, or reply to a thread (reviewers and up)")
            .Produces<CommentResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/comments/{id:guid}/resolve", (Guid id, HttpContext http, StudioDbContext db, StudioAccess access, TimeProvider clock, CancellationToken ct) =>
                SetResolvedAsync(id, resolved: true, http, db, access, clock, ct))
            .RequireAuthorization().WithName("ResolveComment").WithSummary("Mark a thread resolved (reviewers and up)")
            .Produces<CommentResponse>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/comments/{id:guid}/reopen", (Guid id, HttpContext http, StudioDbContext db, StudioAccess access, TimeProvider clock, CancellationToken ct) =>
                SetResolvedAsync(id, resolved: false, http, db, access, clock, ct))
            .RequireAuthorization().WithName("ReopenComment").WithSummary("Reopen a resolved thread (reviewers and up)")
            .Produces<CommentResponse>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(Guid id, StudioDbContext db, StudioAccess access, CancellationToken ct)
    {
        var generation = await db.Generations.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, ct);
        if (generation is null || !await access.CanSeeAsync(generation, ct))
            return AccessProblems.NotFound("generation");
        var comments = await db.Comments.AsNoTracking().Where(c => c.GenerationId == id).OrderBy(c => c.CreatedAt).ToListAsync(ct);
        return TypedResults.Ok(await CommentReader.ReadAsync(db, generation, comments, ct));
    }

    private static async Task<IResult> CreateAsync(
        Guid id, CreateCommentRequest request, HttpContext http, StudioDbContext db, StudioAccess access, ActivityRecorder activity, TimeProvider clock, CancellationToken ct)
    {
        var generation = await db.Generations.AsNoTracking().Include(g => g.Clip).SingleOrDefaultAsync(g => g.Id == id, ct);
        if (generation is null || !await access.CanSeeAsync(generation, ct))
            return AccessProblems.NotFound("generation");
        if (await RoleProblemAsync(generation, access, "Commenting", ct) is { } refusal)
            return refusal;
        if (generation.Clip is not { } clip)
            return TypedResults.Problem(title: "There is no clip to comment on yet.", detail: $"This generation is {generation.Status}.", statusCode: StatusCodes.Status409Conflict);

        Comment? parent = null;
        if (request.ParentId is { } parentId)
        {
            parent = await db.Comments.AsNoTracking().SingleOrDefaultAsync(c => c.Id == parentId && c.GenerationId == id, ct);
            if (parent is null)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["parentId"] = ["No comment on this clip has this id."] });
        }
        var errors = CommentRules.Validate(request, clip.FrameCount, parent);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "The comment is not valid.");

        var now = clock.GetUtcNow();
        var userId = http.User.RequiredUserId();
        var start = parent?.StartFrame ?? request.StartFrame!.Value;
        var comment = new Comment
        {
            Id = Guid.CreateVersion7(), GenerationId = id, TeamId = generation.TeamId, AuthorId = userId, ParentId = parent?.Id,
            StartFrame = start, EndFrame = parent?.EndFrame ?? request.EndFrame ?? start, X = request.X, Y = request.Y,
            Body = request.Body!.Trim(), CreatedAt = now,
        };
        db.Comments.Add(comment);
        var frames = comment.EndFrame == comment.StartFrame ? $"frame {comment.StartFrame}" : $"frames {comment.StartFrame}-{comment.EndFrame}";
        await activity.RecordAsync(ActivityEntries.About(generation, userId, ActivityKind.Commented, comment.Id,
            $"{http.User.Identity?.Name} commented on {frames} of {ActivityEntries.Describe(generation)}", now), ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/generations/{id}/comments", (await CommentReader.ReadAsync(db, generation, [comment], ct)).Single());
    }

    private static async Task<IResult> SetResolvedAsync(Guid id, bool resolved, HttpContext http, StudioDbContext db, StudioAccess access, TimeProvider clock, CancellationToken ct)
    {
        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == id, ct);
        var generation = comment is null ? null : await db.Generations.AsNoTracking().SingleAsync(g => g.Id == comment.GenerationId, ct);
        if (comment is null || generation is null || !await access.CanSeeAsync(generation, ct))
            return AccessProblems.NotFound("comment");
        if (await RoleProblemAsync(generation, access, resolved ? "Resolving comments" : "Reopening comments", ct) is { } refusal)
            return refusal;
        if (comment.ParentId is not null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["Resolve or reopen the thread's first comment; replies go with it."] });

        comment.ResolvedAt = resolved ? comment.ResolvedAt ?? clock.GetUtcNow() : null;
        comment.ResolvedBy = resolved ? comment.ResolvedBy ?? http.User.RequiredUserId() : null;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await CommentReader.ReadAsync(db, generation, [comment], ct)).Single());
    }

    private static async Task<IResult?> RoleProblemAsync(Generation generation, StudioAccess access, string toDo, CancellationToken ct) =>
        await access.RoleInAsync(generation.TeamId, ct) switch
        {
            null => TypedResults.Problem(title: "Your role does not allow this.", detail: $"{toDo} takes membership of the clip's team.", statusCode: StatusCodes.Status403Forbidden),
            { } role when role < TeamRole.Reviewer => AccessProblems.RoleRequired(TeamRole.Reviewer, role, toDo),
            _ => null,
        };

}
