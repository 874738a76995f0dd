using Microsoft.AspNetCore.Components;
using Reelwright.Web.Accounts;
using Reelwright.Web.Components.Gallery;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Pages.Gallery;

/// <summary>
/// A published clip's public page, open to visitors: the player, who made it, its likes, its recipe unless hidden,
/// where it was remixed from and its remixes, a Remix button for the signed-in, the code to embed it, and the tags
/// link previews read. A clip that is not published is a 404 that says so.
/// </summary>
public partial class GalleryClipPage
{
    private readonly ApiCallErrors _load = new();
    private GalleryClipView? _clip;
    private bool _notFound;

    [Parameter] public Guid Id { get; set; }

    [CascadingParameter] public HttpContext? HttpContext { get; set; }

    [Inject] public required IStudioApi Api { get; init; }

    [Inject] public required NavigationManager Navigation { get; init; }

    private string PageUrl => Navigation.ToAbsoluteUri($"g/{Id}").ToString();

    private string EmbedUrl => Navigation.ToAbsoluteUri($"embed/{Id}").ToString();

    private string SignInToLike => LocalReturnUrl.SignInFor($"/g/{Id}");

    protected override async Task OnParametersSetAsync() =>
        (_clip, _notFound) = await PublicLookup.LoadAsync(_load, HttpContext, () => Api.GetGalleryClipAsync(Id));
}
