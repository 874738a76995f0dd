namespace Reelwright.Web.Studio;

/// <summary>A personal access token as listed: never the secret itself, only its first characters (Prefix) to recognise it by.</summary>
public sealed record AccessTokenView(
    Guid Id,
    string Name,
    string Kind,
    string Prefix,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt);
