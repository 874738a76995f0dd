using Microsoft.AspNetCore.Components;
using Reelwright.Web.Components.Review;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Pages.Clips;

/// <summary>
/// One clip under review: the frame player with its comments as markers, the threads beside it, the review round,
/// and the shot's other versions. A clip still generating shows its progress and loads the rest when it is done.
/// </summary>
public partial class ClipReview : IAsyncDisposable
{
    private const int MarkerLabelLength = 60;

    private readonly ApiCallErrors _load = new();
    private FramePlayer? _player;
    private GenerationView? _generation;
    private List<CommentView> _comments = [];
    private IReadOnlyList<ReviewView> _rounds = [];
    private IReadOnlyList<TeamMemberView> _members = [];
    private ShotView? _shot;
    private Guid _myUserId;
    private TeamRole? _myRole;
    private int _frame;
    private Guid? _selectedId;
    private FramePoint? _point;
    private bool _pickingPoint;

    [Parameter] public Guid Id { get; set; }

    [Inject] public required IStudioApi Api { get; init; }

    [Inject] public required IGenerationUpdates Updates { get; init; }

    private bool CanComment => _myRole?.CanReview() == true && _generation?.Clip is not null;

    private bool CanGenerate => _myRole?.CanEdit() == true;

    private FrameClock? Clock => _generation?.Clip is { } clip ? new FrameClock(clip.Fps, clip.FrameCount) : null;

    /// <summary>First comments of threads, in the order their frames come in the clip.</summary>
    private List<CommentView> Threads =>
        [.. _comments.Where(c => c.ParentId is null).OrderBy(c => c.StartFrame).ThenBy(c => c.EndFrame).ThenBy(c => c.CreatedAt)];

    private IReadOnlyList<FrameMarker> Markers =>
        [.. Threads.Select(t => new FrameMarker(t.Id, t.StartFrame, t.EndFrame, t.X, t.Y, t.IsResolved, MarkerLabel(t)))];

    protected override void OnInitialized()
    {
        // Only a live circuit listens: the prerendered copy is thrown away, and its hub connection with it.
        if (RendererInfo.IsInteractive)
        {
            Updates.Updated += OnGenerationUpdatedAsync;
            Updates.Reconnected += OnReconnectedAsync;
        }
    }

    // Following a version link re-uses this page with another Id: everything about the old clip goes.
    protected override Task OnParametersSetAsync()
    {
        _frame = 0;
        _selectedId = null;
        _point = null;
        _pickingPoint = false;
        return _load.TryAsync(LoadAsync);
    }

    private async Task LoadAsync()
    {
        _generation = await Api.GetGenerationAsync(Id);
        var me = await Api.GetMeAsync();
        _myUserId = me.User.Id;
        var project = me.Projects.FirstOrDefault(p => p.Id == _generation.ProjectId);
        _myRole = project?.Role;
        _comments = [.. await Api.GetCommentsAsync(Id)];
        _rounds = await Api.GetReviewsAsync(Id);
        _members = project is not null && project.Role.CanEdit() ? (await Api.GetTeamAsync(project.TeamId)).Members : [];
        _shot = _generation.ShotId is { } shotId ? await Api.GetShotAsync(shotId) : null;
    }

    /// <summary>A new round, or a decision, changes this version's state and may supersede another version's.</summary>
    private Task ReloadReviewsAsync() =>
        _load.TryAsync(async () =>
        {
            _rounds = await Api.GetReviewsAsync(Id);
            if (_generation?.ShotId is { } shotId)
                _shot = await Api.GetShotAsync(shotId);
        });

    private async Task SeekToAsync(CommentView thread)
    {
        _selectedId = thread.Id;
        if (_player is not null)
            await _player.SeekToFrameAsync(thread.StartFrame);
    }

    private void PickPoint(FramePoint point)
    {
        _point = point;
        _pickingPoint = false;
    }

    /// <summary>Puts a posted, resolved or reopened comment in place of the one shown, or adds it.</summary>
    private void Upsert(CommentView comment)
    {
        var index = _comments.FindIndex(c => c.Id == comment.Id);
        if (index < 0)
            _comments.Add(comment);
        else
            _comments[index] = comment;
    }

    private List<CommentView> RepliesTo(CommentView thread) =>
        [.. _comments.Where(c => c.ParentId == thread.Id).OrderBy(c => c.CreatedAt)];

    private static string MarkerLabel(CommentView thread) =>
        $"{thread.AuthorName}: {(thread.Body.Length <= MarkerLabelLength ? thread.Body : thread.Body[..MarkerLabelLength] + "…")}";

    /// <summary>Progress of a clip still generating; when it finishes, the clip and everything about it are loaded.</summary>
    private Task OnGenerationUpdatedAsync(GenerationView update) =>
        InvokeAsync(async () =>
        {
            if (_generation is not { } shown || update.Id != shown.Id || update.IsBehind(shown))
                return;
            _generation = update;
            if (!update.IsActive)
                await _load.TryAsync(LoadAsync);
            StateHasChanged();
        });

    private Task OnReconnectedAsync() =>
        InvokeAsync(async () =>
        {
            if (_generation?.IsActive == true)
            {
                await _load.TryAsync(LoadAsync);
                StateHasChanged();
            }
        });

    public ValueTask DisposeAsync()
    {
        Updates.Updated -= OnGenerationUpdatedAsync;
        Updates.Reconnected -= OnReconnectedAsync;
        return ValueTask.CompletedTask;
    }
}
