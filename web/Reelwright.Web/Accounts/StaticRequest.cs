namespace Reelwright.Web.Accounts;

/// <summary>The HTTP request behind a static SSR page, which is what can set or clear the sign-in cookie.</summary>
public static class StaticRequest
{
    public static HttpContext Of(HttpContext? cascaded) =>
        cascaded ?? throw new InvalidOperationException(
            "This page changes the sign-in cookie, so it must render statically (no render mode): an interactive circuit has no HTTP response to set it on.");
}
