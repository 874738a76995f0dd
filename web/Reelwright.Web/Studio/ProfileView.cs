namespace Reelwright.Web.Studio;

/// <summary>A person's public page (GET /api/people/{id}): their name and published clips, newest first, a page at a time.</summary>
public sealed record ProfileView(Guid Id, string DisplayName, IReadOnlyList<GalleryClipView> Clips, string? NextCursor);
