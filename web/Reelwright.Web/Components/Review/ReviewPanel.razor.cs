using Microsoft.AspNetCore.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Review;

/// <summary>
/// A clip's review: its state and the latest round's decisions for everyone; the reviewer picker for editors and
/// owners; Approve / Request changes for a reviewer asked in the open round. The API enforces the same rules.
/// </summary>
public partial class ReviewPanel
{
    private readonly ApiCallErrors _request = new();
    private readonly ApiCallErrors _decide = new();
    private readonly HashSet<Guid> _chosen = [];
    private string _note = "";

    [Inject] public required IStudioApi Api { get; init; }

    [Parameter, EditorRequired] public required GenerationView Generation { get; set; }

    /// <summary>The clip's rounds, newest first.</summary>
    [Parameter] public IReadOnlyList<ReviewView> Rounds { get; set; } = [];

    [Parameter] public Guid MyUserId { get; set; }

    /// <summary>The signed-in user's role in the clip's team; null outside it.</summary>
    [Parameter] public TeamRole? MyRole { get; set; }

    /// <summary>The team's members, to choose reviewers among (only needed by editors and owners).</summary>
    [Parameter] public IReadOnlyList<TeamMemberView> Members { get; set; } = [];

    /// <summary>A round was requested or decided; the page reloads what depends on it.</summary>
    [Parameter] public EventCallback<ReviewView> OnChanged { get; set; }

    private ReviewView? Round => Rounds.Count > 0 ? Rounds[0] : null;

    private ReviewState State => Round?.State ?? ReviewState.NotReviewed;

    private ReviewView? MyOpenRound =>
        Round is { IsOpen: true } round && round.Reviewers.Any(r => r.UserId == MyUserId) ? round : null;

    // Only a finished clip can go to review.
    private bool CanRequest => MyRole?.CanEdit() == true && Generation.Status == GenerationStatus.Succeeded;

    private IEnumerable<TeamMemberView> Candidates => Members.Where(m => m.Role.CanReview());

    private void Choose(Guid userId, ChangeEventArgs e)
    {
        if (e.Value is true)
            _chosen.Add(userId);
        else
            _chosen.Remove(userId);
    }

    private async Task RequestAsync()
    {
        ReviewView? round = null;
        if (await _request.TryAsync(async () => round = await Api.RequestReviewAsync(Generation.Id, [.. Candidates.Select(m => m.UserId).Where(_chosen.Contains)])))
        {
            _chosen.Clear();
            await OnChanged.InvokeAsync(round!);
        }
    }

    private async Task DecideAsync(ReviewDecision decision)
    {
        ReviewView? round = null;
        var note = string.IsNullOrWhiteSpace(_note) ? null : _note.Trim();
        if (await _decide.TryAsync(async () => round = await Api.DecideReviewAsync(MyOpenRound!.Id, decision, note)))
        {
            _note = "";
            await OnChanged.InvokeAsync(round!);
        }
    }
}
