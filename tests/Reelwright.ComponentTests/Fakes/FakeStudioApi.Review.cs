using Reelwright.Web.Studio;

namespace Reelwright.ComponentTests.Fakes;

/// <summary>The review calls of the fake API: generations, shots, review rounds, comments and activity, kept in memory.</summary>
public sealed partial class FakeStudioApi
{
    public Dictionary<Guid, GenerationView> Generations { get; } = [];

    public Dictionary<Guid, ShotView> Shots { get; } = [];

    /// <summary>Review rounds by generation, newest first, as the API lists them.</summary>
    public Dictionary<Guid, List<ReviewView>> Reviews { get; } = [];

    public List<(Guid GenerationId, IReadOnlyList<Guid> ReviewerIds)> ReviewRequests { get; } = [];

    public List<(Guid ReviewId, ReviewDecision Decision, string? Note)> Decisions { get; } = [];

    /// <summary>Every comment on every clip, oldest first.</summary>
    public List<CommentView> Comments { get; } = [];

    public List<(Guid GenerationId, NewComment Comment)> PostedComments { get; } = [];

    public List<(Guid CommentId, bool Resolved)> Resolutions { get; } = [];

    /// <summary>Activity pages by the cursor that asks for them; <see cref="FirstActivityPage"/> is the one asked for without a cursor.</summary>
    public Dictionary<string, ActivityPageView> ActivityPagesAfter { get; } = [];

    public ActivityPageView FirstActivityPage { get; set; } = new([], null);

    public List<(Guid ProjectId, string? Cursor)> ActivityRequests { get; } = [];

    public Task<GenerationView> GetGenerationAsync(Guid generationId, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        return Task.FromResult(Generations[generationId]);
    }

    public Task<ShotView> GetShotAsync(Guid shotId, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        return Task.FromResult(Shots[shotId]);
    }

    public Task<IReadOnlyList<ReviewView>> GetReviewsAsync(Guid generationId, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        return Task.FromResult<IReadOnlyList<ReviewView>>([.. RoundsOf(generationId)]);
    }

    public Task<ReviewView> RequestReviewAsync(Guid generationId, IReadOnlyList<Guid> reviewerIds, CancellationToken ct = default)
    {
        ReviewRequests.Add((generationId, reviewerIds));
        ThrowIfUnreachable();
        var rounds = RoundsOf(generationId);
        for (var i = 0; i < rounds.Count; i++)
            rounds[i] = rounds[i] with { State = ReviewState.Superseded, SupersededAt = rounds[i].SupersededAt ?? Sample.Noon };
        var members = Teams.Values.SelectMany(t => t.Members).ToList();
        var review = new ReviewView(Guid.NewGuid(), generationId, null, Sample.User.Id, Sample.User.DisplayName, Sample.Noon.AddHours(1),
            ReviewState.InReview, null,
            [.. reviewerIds.Select(id => new ReviewerView(id, members.FirstOrDefault(m => m.UserId == id)?.DisplayName ?? "a reviewer", null, null, null))]);
        rounds.Insert(0, review);
        return Task.FromResult(review);
    }

    public Task<ReviewView> DecideReviewAsync(Guid reviewId, ReviewDecision decision, string? note, CancellationToken ct = default)
    {
        Decisions.Add((reviewId, decision, note));
        ThrowIfUnreachable();
        var rounds = Reviews.Values.Single(r => r.Any(review => review.Id == reviewId));
        var index = rounds.FindIndex(r => r.Id == reviewId);
        var decided = rounds[index] with
        {
            Reviewers = [.. rounds[index].Reviewers.Select(r => r.UserId == Sample.User.Id ? r with { Decision = decision, Note = note, DecidedAt = Sample.Noon } : r)],
        };
        rounds[index] = decided with { State = StateOf(decided) };
        return Task.FromResult(rounds[index]);
    }

    public Task<IReadOnlyList<CommentView>> GetCommentsAsync(Guid generationId, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        return Task.FromResult<IReadOnlyList<CommentView>>([.. Comments.Where(c => c.GenerationId == generationId)]);
    }

    public Task<CommentView> AddCommentAsync(Guid generationId, NewComment comment, CancellationToken ct = default)
    {
        PostedComments.Add((generationId, comment));
        ThrowIfUnreachable();
        var thread = comment.ParentId is { } parentId ? Comments.Single(c => c.Id == parentId) : null;
        var start = thread?.StartFrame ?? comment.StartFrame ?? 0;
        var posted = Sample.Comment(generationId, comment.Body, start, thread?.EndFrame ?? comment.EndFrame ?? start) with
        {
            X = comment.X, Y = comment.Y, ParentId = comment.ParentId, CreatedAt = Sample.Noon.AddMinutes(Comments.Count + 1),
        };
        Comments.Add(posted);
        return Task.FromResult(posted);
    }

    public Task<CommentView> ResolveCommentAsync(Guid commentId, CancellationToken ct = default) => SetResolved(commentId, resolved: true);

    public Task<CommentView> ReopenCommentAsync(Guid commentId, CancellationToken ct = default) => SetResolved(commentId, resolved: false);

    public Task<ActivityPageView> GetActivityAsync(Guid projectId, string? cursor = null, int limit = 50, CancellationToken ct = default)
    {
        ActivityRequests.Add((projectId, cursor));
        ThrowIfUnreachable();
        return Task.FromResult(cursor is null ? FirstActivityPage : ActivityPagesAfter[cursor]);
    }

    private Task<CommentView> SetResolved(Guid commentId, bool resolved, [System.Runtime.CompilerServices.CallerMemberName] string call = "")
    {
        Resolutions.Add((commentId, resolved));
        ThrowIfUnreachable(call);
        var index = Comments.FindIndex(c => c.Id == commentId);
        Comments[index] = Comments[index] with { ResolvedAt = resolved ? Sample.Noon : null, ResolvedBy = resolved ? Sample.User.Id : null };
        return Task.FromResult(Comments[index]);
    }

    private List<ReviewView> RoundsOf(Guid generationId) =>
        Reviews.TryGetValue(generationId, out var rounds) ? rounds : Reviews[generationId] = [];

    private static ReviewState StateOf(ReviewView round) =>
        round.Reviewers.Any(r => r.Decision == ReviewDecision.ChangesRequested) ? ReviewState.ChangesRequested
        : round.Reviewers.All(r => r.Decision == ReviewDecision.Approved) ? ReviewState.Approved
        : ReviewState.InReview;
}
