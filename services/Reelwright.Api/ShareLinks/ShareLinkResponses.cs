using Reelwright.Data.Sharing;

namespace Reelwright.Api.ShareLinks;

/// <summary>A share link as its team sees it; the token is not kept, so it is not here.</summary>
/// <param name="CreatedByName">The creator's display name ("a former member" once the account is gone).</param>
/// <param name="RevokedAt">When it was revoked; a revoked link answers 410.</param>
/// <param name="ViewCount">How often the shared view was opened.</param>
public sealed record ShareLinkResponse(
    Guid Id, Guid? GenerationId, Guid? ShotId, DateTimeOffset CreatedAt, Guid CreatedBy, string CreatedByName, DateTimeOffset? ExpiresAt,
    bool HasPassphrase, bool AllowComments, bool AllowDownloads, DateTimeOffset? RevokedAt, int ViewCount)
{
    public static ShareLinkResponse From(ShareLink l, string createdByName) => new(
        l.Id, l.GenerationId, l.ShotId, l.CreatedAt, l.CreatedBy, createdByName, l.ExpiresAt, l.PassphraseHash is not null, l.AllowComments, l.AllowDownloads,
        l.RevokedAt, l.ViewCount);
}

/// <summary>A link just made. The token is shown here once; only its hash is stored.</summary>
/// <param name="Url">The web app's page for it, relative to the web app: /s/{token}.</param>
public sealed record CreatedShareLinkResponse(
    Guid Id, string Token, string Url, Guid? GenerationId, Guid? ShotId, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt,
    bool HasPassphrase, bool AllowComments, bool AllowDownloads);
