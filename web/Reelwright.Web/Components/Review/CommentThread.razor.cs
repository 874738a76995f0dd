using Microsoft.AspNetCore.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Review;

/// <summary>
/// A comment thread beside the player: its first comment, replies, and (for reviewers and up) a reply form and
/// Resolve/Reopen. Clicking it asks the page to show its frame.
/// </summary>
public partial class CommentThread
{
    private readonly ApiCallErrors _errors = new();
    private string _reply = "";

    [Inject] public required IStudioApi Api { get; init; }

    [Inject] public required NavigationManager Navigation { get; init; }

    /// <summary>The thread's first comment: it holds the frames, the point and the resolved state.</summary>
    [Parameter, EditorRequired] public required CommentView Thread { get; set; }

    [Parameter] public IReadOnlyList<CommentView> Replies { get; set; } = [];

    [Parameter, EditorRequired] public required FrameClock Clock { get; set; }

    [Parameter] public bool Selected { get; set; }

    /// <summary>Reply, resolve and reopen (reviewers, editors and owners).</summary>
    [Parameter] public bool CanWrite { get; set; }

    /// <summary>Start a new version from a note (editors and owners, who may generate).</summary>
    [Parameter] public bool CanRegenerate { get; set; }

    [Parameter] public EventCallback<CommentView> OnSelected { get; set; }

    /// <summary>A reply was posted, or the thread resolved or reopened: the comment as the API now has it.</summary>
    [Parameter] public EventCallback<CommentView> OnSaved { get; set; }

    private async Task ReplyAsync()
    {
        CommentView? saved = null;
        if (await _errors.TryAsync(async () => saved = await Api.AddCommentAsync(Thread.GenerationId, new NewComment(_reply, StartFrame: null, ParentId: Thread.Id))))
        {
            _reply = "";
            await OnSaved.InvokeAsync(saved!);
        }
    }

    private Task ResolveAsync() => SaveAsync(() => Api.ResolveCommentAsync(Thread.Id));

    private Task ReopenAsync() => SaveAsync(() => Api.ReopenCommentAsync(Thread.Id));

    private async Task SaveAsync(Func<Task<CommentView>> call)
    {
        CommentView? saved = null;
        if (await _errors.TryAsync(async () => saved = await call()))
            await OnSaved.InvokeAsync(saved!);
    }

    /// <summary>The workspace loads this clip's recipe, makes the clip the parent, and shows the note beside the form.</summary>
    private void Regenerate(CommentView note) =>
        Navigation.NavigateTo($"./?parent={note.GenerationId}&note={note.Id}");
}
