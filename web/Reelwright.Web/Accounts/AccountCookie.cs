using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Accounts;

/// <summary>
/// The web app's sign-in cookie. It carries the Studio API session token as a claim (the cookie is encrypted by Data
/// Protection, so the browser cannot read it) and expires with that session, so the web never outlives the API's say.
/// </summary>
public static class AccountCookie
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public const string ApiTokenClaim = "reelwright:api_token";

    public static ClaimsPrincipal CreatePrincipal(AuthSessionView session)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, session.User.Id.ToString()),
                new Claim(ClaimTypes.Name, session.User.DisplayName),
                new Claim(ClaimTypes.Email, session.User.Email),
                new Claim(ApiTokenClaim, session.Token),
            ],
            Scheme);
        return new ClaimsPrincipal(identity);
    }

    public static Task SignInAsync(HttpContext http, AuthSessionView session) =>
        http.SignInAsync(Scheme, CreatePrincipal(session), new AuthenticationProperties
        {
            IsPersistent = true,
            ExpiresUtc = session.ExpiresAt,
            AllowRefresh = false,
        });

    public static Task SignOutAsync(HttpContext http) => http.SignOutAsync(Scheme);
}
