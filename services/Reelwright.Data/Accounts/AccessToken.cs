namespace Reelwright.Data.Accounts;

/// <summary>
/// A bearer token for the API. Only its SHA-256 is stored: the token itself is shown once, when it is made, so a
/// leaked database does not leak working tokens.
/// </summary>
public sealed class AccessToken
{
    public Guid Id { get; init; }
    public Guid UserId { get; init; }
    public StudioUser? User { get; init; }
    public required string Name { get; init; }
    public AccessTokenKind Kind { get; init; }

    /// <summary>Lower-case hex SHA-256 of the whole token.</summary>
    public required string TokenHash { get; init; }

    /// <summary>The token's first characters, so a person can tell their tokens apart in a list.</summary>
    public required string Prefix { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
