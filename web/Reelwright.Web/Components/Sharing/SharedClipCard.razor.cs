using Microsoft.AspNetCore.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Sharing;

/// <summary>
/// One clip behind a share link: the video with its poster, its recipe, its downloads when the link allows them, and
/// its comments when the link allows those (posting needs an account, so a visitor is offered sign-in instead).
/// </summary>
public partial class SharedClipCard
{
    private List<CommentView> _comments = [];

    [Inject] public required IStudioApi Api { get; init; }

    [Parameter, EditorRequired] public required string Token { get; set; }

    /// <summary>The passphrase the link was opened with, sent again with each comment (the API checks it every time).</summary>
    [Parameter] public string? Passphrase { get; set; }

    [Parameter, EditorRequired] public required SharedClipView Clip { get; set; }

    [Parameter] public bool AllowComments { get; set; }

    [Parameter] public bool SignedIn { get; set; }

    [Parameter, EditorRequired] public required string SignInUrl { get; set; }

    // Threads in frame order with each reply under its thread, the way the clip page reads them.
    protected override void OnInitialized()
    {
        var all = Clip.Comments ?? [];
        _comments = [.. all.Where(c => c.ParentId is null).OrderBy(c => c.StartFrame).ThenBy(c => c.CreatedAt)
            .SelectMany(thread => all.Where(c => c.ParentId == thread.Id).OrderBy(c => c.CreatedAt).Prepend(thread))];
    }

    private void Add(CommentView comment) => _comments.Add(comment);

    private static string FramesOf(CommentView comment) =>
        comment.EndFrame > comment.StartFrame ? $"frames {comment.StartFrame + 1}–{comment.EndFrame + 1}" : $"frame {comment.StartFrame + 1}";
}
