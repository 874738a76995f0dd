using Microsoft.AspNetCore.Components;
using Reelwright.Web.Components.Gallery;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Pages.Gallery;

/// <summary>
/// A published clip for other sites' iframes: only the looping video and its title, which links back to its public
/// page. Rendered statically with the embed layout (no studio bar, nothing interactive), and allowed in any frame.
/// </summary>
public partial class EmbedPage
{
    private readonly ApiCallErrors _load = new();
    private GalleryClipView? _clip;
    private bool _notFound;

    [Parameter] public Guid Id { get; set; }

    [CascadingParameter] public HttpContext? HttpContext { get; set; }

    [Inject] public required IStudioApi Api { get; init; }

    [Inject] public required NavigationManager Navigation { get; init; }

    private string ClipUrl => Navigation.ToAbsoluteUri($"g/{Id}").ToString();

    protected override async Task OnParametersSetAsync()
    {
        StaticResponse.AllowFraming(HttpContext);
        (_clip, _notFound) = await PublicLookup.LoadAsync(_load, HttpContext, () => Api.GetGalleryClipAsync(Id));
    }
}
