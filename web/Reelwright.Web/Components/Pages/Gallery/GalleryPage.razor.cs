using Microsoft.AspNetCore.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Pages.Gallery;

/// <summary>
/// The public gallery, open to visitors: published clips newest first, or most liked this week (?sort=liked), a page
/// at a time (?cursor=, which the tiles' script fetches and appends as the visitor scrolls).
/// </summary>
public partial class GalleryPage
{
    private readonly ApiCallErrors _load = new();
    private GalleryPageView? _page;

    [SupplyParameterFromQuery(Name = "sort")] public string? SortQuery { get; set; }

    [SupplyParameterFromQuery(Name = "cursor")] public string? Cursor { get; set; }

    [Inject] public required IStudioApi Api { get; init; }

    private GallerySort Sort => string.Equals(SortQuery, "liked", StringComparison.OrdinalIgnoreCase) ? GallerySort.Liked : GallerySort.Recent;

    private string EmptyText => Cursor is not null ? "No more clips." : Sort == GallerySort.Liked ? "Nothing was liked this week yet." : "Nothing published yet.";

    protected override Task OnParametersSetAsync() => _load.TryAsync(async () => _page = await Api.GetGalleryAsync(Sort, Cursor));

    private static string TabHref(GallerySort sort) => sort == GallerySort.Liked ? "gallery?sort=liked" : "gallery";

    private string? MoreHref(GalleryPageView page) =>
        page.NextCursor is { } next ? $"{TabHref(Sort)}{(Sort == GallerySort.Liked ? "&" : "?")}cursor={Uri.EscapeDataString(next)}" : null;
}
