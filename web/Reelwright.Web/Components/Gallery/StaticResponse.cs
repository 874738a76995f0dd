using Microsoft.Net.Http.Headers;

namespace Reelwright.Web.Components.Gallery;

/// <summary>
/// What a static public page says in its HTTP response besides the HTML. Null context (a test, a circuit): nothing,
/// since only a statically rendered page has a response of its own to change.
/// </summary>
public static class StaticResponse
{
    /// <summary>
    /// A 404, so crawlers and link previews drop the address, while the page still says why in words. Set as the
    /// response starts: a 404 set while rendering makes Blazor leave the body to the app's generic not-found page.
    /// </summary>
    public static void NotFound(HttpContext? context) =>
        context?.Response.OnStarting(() =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });

    /// <summary>
    /// Lets any site frame this response. The framework forbids framing by default (X-Frame-Options from antiforgery,
    /// CSP frame-ancestors 'self' for interactive server rendering); an embed page has no form and no circuit to protect.
    /// Applied when the response starts, after the framework has set its headers.
    /// </summary>
    public static void AllowFraming(HttpContext? context)
    {
        context?.Response.OnStarting(() =>
        {
            context.Response.Headers.Remove(HeaderNames.XFrameOptions);
            context.Response.Headers.ContentSecurityPolicy = "frame-ancestors *";
            return Task.CompletedTask;
        });
    }
}
