namespace Reelwright.Web.Studio;

/// <summary>A share link as its team sees it (GET /api/share-links): never its token, which was shown once.</summary>
public sealed record ShareLinkView(
    Guid Id,
    DateTimeOffset CreatedAt,
    Guid CreatedBy,
    string? CreatedByName,
    DateTimeOffset? ExpiresAt,
    bool HasPassphrase,
    bool AllowComments,
    bool AllowDownloads,
    DateTimeOffset? RevokedAt,
    int ViewCount)
{
    public bool IsRevoked => RevokedAt is not null;
}
