using System.Security.Claims;

namespace Reelwright.Api.Accounts;

/// <summary>What the API knows about the caller once their token is checked.</summary>
public static class StudioClaims
{
    public const string TokenId = "reelwright:token_id";

    /// <summary>The caller's user id, or null for an anonymous request.</summary>
    public static Guid? UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static Guid RequiredUserId(this ClaimsPrincipal principal) =>
        principal.UserId() ?? throw new InvalidOperationException("This endpoint requires an authenticated caller.");

    public static Guid? TokenIdOf(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(TokenId), out var id) ? id : null;
}
