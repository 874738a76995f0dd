using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Accounts;
using Reelwright.Api.Activity;
using Reelwright.Api.Comments;
using Reelwright.Api.Media;
using Reelwright.Api.Webhooks;
using Reelwright.Data;
using Reelwright.Data.Activity;
using Reelwright.Data.Comments;

namespace Reelwright.Api.ShareLinks;

/// <summary>
/// Share links, the visitor's side: anyone with the token (and its passphrase, if it has one) sees the shared clips,
/// and when the link allows it, anyone signed in comments on them, team member or not. POST, not GET, so the passphrase
/// travels in the body instead of URLs and logs.
/// </summary>
public static class SharedViewApi
{
    public static void MapSharedViewApi(this IEndpointRouteBuilder app)
    {
        var shared = app.MapGroup("/api/shared/{token}").WithTags("Sharing");
        shared.MapPost("/", OpenAsync).WithName("OpenShareLink")
            .WithSummary("What a share link shows, with short-lived media URLs; counts a view. No account needed")
            .WithDescription("Send the passphrase when the link has one. Too many wrong passphrases (5 per link, 20 per address in 15 minutes) answer 429 with Retry-After.")
            .Produces<SharedViewResponse>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone).ProducesProblem(StatusCodes.Status429TooManyRequests);
        shared.MapPost("/comments", CommentAsync).RequireAuthorization().WithName("CommentThroughShareLink")
            .WithSummary("Comment on a frame of a shared clip, when the link allows comments (any signed-in account)")
            .Produces<CommentResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone).ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    private static async Task<IResult> OpenAsync(
        string token, OpenShareLinkRequest? request, HttpContext http, StudioDbContext db, MediaUrlSigner signer, TimeProvider clock, CancellationToken ct)
    {
        var (link, refusal) = await ShareLinkGate.OpenAsync(token, request?.Passphrase, http, db, clock, ct);
        if (refusal is not null)
            return refusal;
        await db.ShareLinks.Where(l => l.Id == link!.Id).ExecuteUpdateAsync(set => set.SetProperty(l => l.ViewCount, l => l.ViewCount + 1), ct);
        return TypedResults.Ok(await SharedClips.ViewAsync(db, link!, signer, ct));
    }

    private static async Task<IResult> CommentAsync(
        string token, SharedCommentRequest request, HttpContext http, StudioDbContext db, ActivityRecorder activity, TimeProvider clock, CancellationToken ct)
    {
        var (link, refusal) = await ShareLinkGate.OpenAsync(token, request.Passphrase, http, db, clock, ct);
        if (refusal is not null)
            return refusal;
        if (!link!.AllowComments)
            return TypedResults.Problem(title: "This link does not take comments.", detail: "Whoever shared it made it view-only.", statusCode: StatusCodes.Status403Forbidden);
        var generation = request.GenerationId is { } id
            ? await SharedClips.Of(db, link).AsNoTracking().Include(g => g.Clip).SingleOrDefaultAsync(g => g.Id == id, ct)
            : null;
        if (generation is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["generationId"] = ["Name a clip this link shares."] });
        if (generation.Clip is not { } clip)
            return TypedResults.Problem(title: "There is no clip to comment on yet.", detail: $"This generation is {generation.Status}.", statusCode: StatusCodes.Status409Conflict);
        var errors = CommentRules.Validate(new CreateCommentRequest(request.Body, request.StartFrame, EndFrame: null, X: null, Y: null, ParentId: null), clip.FrameCount, parent: null);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "The comment is not valid.");

        var now = clock.GetUtcNow();
        var userId = http.User.RequiredUserId();
        // The author need not be in the team: the link's creator invited their comments.
        var comment = new Comment
        {
            Id = Guid.CreateVersion7(), GenerationId = generation.Id, TeamId = generation.TeamId, AuthorId = userId,
            StartFrame = request.StartFrame!.Value, EndFrame = request.StartFrame!.Value, Body = request.Body!.Trim(), CreatedAt = now,
        };
        db.Comments.Add(comment);
        await activity.RecordAsync(ActivityEntries.About(generation, userId, ActivityKind.Commented, comment.Id,
            $"{http.User.Identity?.Name} commented through a share link on frame {comment.StartFrame} of {ActivityEntries.Describe(generation)}", now), ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/generations/{generation.Id}/comments", await SharedComments.OneAsync(db, comment, generation, ct));
    }
}
