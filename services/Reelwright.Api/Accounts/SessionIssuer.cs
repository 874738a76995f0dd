using Reelwright.Data;
using Reelwright.Data.Accounts;

namespace Reelwright.Api.Accounts;

/// <summary>Makes access tokens: sessions for the web app at sign-in, personal tokens for scripts.</summary>
public sealed class SessionIssuer(StudioDbContext db, TimeProvider clock)
{
    /// <summary>How long a sign-in lasts; the web app's cookie lasts as long.</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromDays(14);

    /// <summary>Adds the token to the unit of work; the caller saves. Returns the token itself, which is never stored.</summary>
    public (string Token, AccessToken Record) Issue(Guid userId, AccessTokenKind kind, string name)
    {
        var now = clock.GetUtcNow();
        var token = SecretTokens.Generate(kind == AccessTokenKind.Session ? SecretTokens.SessionPrefix : SecretTokens.PersonalPrefix);
        var record = new AccessToken
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Name = name,
            Kind = kind,
            TokenHash = SecretTokens.Hash(token),
            Prefix = token[..SecretTokens.VisiblePrefixLength],
            CreatedAt = now,
            ExpiresAt = kind == AccessTokenKind.Session ? now + SessionLifetime : null,
        };
        db.AccessTokens.Add(record);
        return (token, record);
    }
}
