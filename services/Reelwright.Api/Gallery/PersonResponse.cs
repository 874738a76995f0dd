namespace Reelwright.Api.Gallery;

/// <summary>Someone's public profile: their name and their published clips, newest first, a page at a time.</summary>
public sealed record PersonResponse(Guid Id, string DisplayName, IReadOnlyList<GalleryClipResponse> Clips, string? NextCursor);
