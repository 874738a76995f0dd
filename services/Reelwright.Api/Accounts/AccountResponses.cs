using Reelwright.Data.Accounts;

namespace Reelwright.Api.Accounts;

/// <param name="IsAdmin">Runs the studio: sees and steers the whole queue.</param>
public sealed record UserResponse(Guid Id, string Email, string DisplayName, bool IsAdmin)
{
    public static UserResponse From(StudioUser user) => new(user.Id, user.Email ?? "", user.DisplayName, user.IsAdmin);
}

/// <param name="Token">Send as "Authorization: Bearer …". Shown only now.</param>
public sealed record SessionResponse(string Token, DateTimeOffset? ExpiresAt, UserResponse User);

/// <summary>A personal access token as listed: never the token itself, only its first characters.</summary>
public sealed record TokenResponse(Guid Id, string Name, AccessTokenKind Kind, string Prefix, DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt)
{
    public static TokenResponse From(AccessToken t) => new(t.Id, t.Name, t.Kind, t.Prefix, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt);
}

/// <param name="Token">The token itself, shown only in this response; store it now.</param>
public sealed record CreatedTokenResponse(string Token, TokenResponse Info);
