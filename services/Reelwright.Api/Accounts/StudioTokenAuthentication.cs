using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Reelwright.Data;

namespace Reelwright.Api.Accounts;

/// <summary>
/// Authenticates "Authorization: Bearer rw_…" (personal access tokens and the web app's session tokens) by the
/// token's hash. A refused token is answered with a ProblemDetails that says why (unknown, revoked, expired), so a
/// script's author knows what to fix.
/// </summary>
public sealed class StudioTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, StudioDbContext db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "StudioToken";

    // Recording every use would write on every request; a few minutes' precision is what a token list needs.
    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(5);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerToken() is not { } token)
            return AuthenticateResult.NoResult();

        var hash = SecretTokens.Hash(token);
        var found = await db.AccessTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash)
            .Select(t => new { t.Id, t.UserId, t.Kind, t.ExpiresAt, t.RevokedAt, t.LastUsedAt, t.User!.DisplayName, t.User.Email, t.User.ClosedAt })
            .SingleOrDefaultAsync(Context.RequestAborted);
        var now = clock.GetUtcNow();
        if (found is null)
            return AuthenticateResult.Fail("The access token is not one this studio issued.");
        if (found.ClosedAt is { } closedAt)
            return AuthenticateResult.Fail($"The account this token belongs to was closed at {closedAt:u}.");
        if (found.RevokedAt is { } revokedAt)
            return AuthenticateResult.Fail($"The access token was revoked at {revokedAt:u}.");
        if (found.ExpiresAt is { } expiresAt && expiresAt <= now)
            return AuthenticateResult.Fail($"The session expired at {expiresAt:u}; sign in again.");

        if (found.LastUsedAt is null || found.LastUsedAt < now - LastUsedPrecision)
            await db.AccessTokens.Where(t => t.Id == found.Id).ExecuteUpdateAsync(set => set.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);

        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, found.UserId.ToString()),
            new(ClaimTypes.Name, found.DisplayName),
            new(ClaimTypes.Email, found.Email ?? ""),
            new(StudioClaims.TokenId, found.Id.ToString()),
        ];
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure?.Message;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Sign in to do this.",
                Detail = failure ?? "Send a session or personal access token: Authorization: Bearer rw_….",
            },
        });
    }

    // Browsers cannot set headers on WebSocket connections, so SignalR sends the token in the query string there.
    private string? BearerToken()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return header["Bearer ".Length..].Trim();
        if (Request.Path.StartsWithSegments("/hubs") && Request.Query["access_token"].ToString() is { Length: > 0 } queryToken)
            return queryToken;
        return null;
    }
}
