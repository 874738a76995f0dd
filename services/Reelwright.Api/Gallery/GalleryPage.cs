namespace Reelwright.Api.Gallery;

/// <summary>One page of the gallery. Pass NextCursor back as ?cursor= (with the same sort) for the next page; null means the end.</summary>
public sealed record GalleryPage(IReadOnlyList<GalleryClipResponse> Items, string? NextCursor);
