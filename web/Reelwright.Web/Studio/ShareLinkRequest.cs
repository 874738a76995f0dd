namespace Reelwright.Web.Studio;

/// <summary>
/// A new share link (POST /api/share-links) for one clip or, with <see cref="ShotId"/>, a whole version stack: set
/// exactly one. No expiry means it lasts until revoked; a passphrase, when given, must be typed before anything shows.
/// </summary>
public sealed record ShareLinkRequest(
    Guid? GenerationId,
    Guid? ShotId,
    int? ExpiresInHours,
    string? Passphrase,
    bool AllowComments,
    bool AllowDownloads);
