using Microsoft.AspNetCore.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Gallery;

/// <summary>Likes or unlikes a published clip as the signed-in user; the count shown is the API's after the change.</summary>
public partial class LikeButton
{
    private readonly ApiCallErrors _errors = new();
    private int _count;
    private bool _liked;
    private bool _busy;

    [Parameter, EditorRequired] public Guid ClipId { get; set; }

    [Parameter] public int LikeCount { get; set; }

    [Parameter] public bool LikedByMe { get; set; }

    [Inject] public required IStudioApi Api { get; init; }

    protected override void OnInitialized() => (_count, _liked) = (LikeCount, LikedByMe);

    private async Task ToggleAsync()
    {
        _busy = true;
        await _errors.TryAsync(async () =>
        {
            var like = await Api.LikeAsync(ClipId, !_liked);
            (_count, _liked) = (like.LikeCount, like.LikedByMe);
        });
        _busy = false;
    }
}
