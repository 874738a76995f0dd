namespace Reelwright.Web.Studio;

/// <summary>A page of the public gallery; NextCursor asks for the page after it (null: this is the last).</summary>
public sealed record GalleryPageView(IReadOnlyList<GalleryClipView> Items, string? NextCursor);
