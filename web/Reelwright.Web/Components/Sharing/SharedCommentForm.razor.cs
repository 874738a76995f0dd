using Microsoft.AspNetCore.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Sharing;

/// <summary>A signed-in visitor's comment on one clip of a share link that allows comments.</summary>
public partial class SharedCommentForm
{
    private readonly ApiCallErrors _errors = new();
    private string _body = "";
    private int _frame = 1;
    private bool _posting;

    [Inject] public required IStudioApi Api { get; init; }

    [Parameter, EditorRequired] public required string Token { get; set; }

    [Parameter] public string? Passphrase { get; set; }

    [Parameter, EditorRequired] public required SharedClipView Clip { get; set; }

    [Parameter] public EventCallback<CommentView> OnPosted { get; set; }

    private async Task PostAsync()
    {
        _posting = true;
        CommentView? posted = null;
        if (await _errors.TryAsync(async () => posted = await Api.AddSharedCommentAsync(Token, Passphrase, Clip.Id, _body.Trim(), _frame - 1)))
        {
            _body = "";
            await OnPosted.InvokeAsync(posted!);
        }
        _posting = false;
    }
}
