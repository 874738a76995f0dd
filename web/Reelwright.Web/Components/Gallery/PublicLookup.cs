using System.Net;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Gallery;

/// <summary>
/// Loads what a public page shows. A 404 is an answer, not a failure: the page says "not here" in words and its
/// response is a 404. Other refusals and failures go to <paramref name="errors"/>, as on every page.
/// </summary>
public static class PublicLookup
{
    public static async Task<(T? Found, bool Missing)> LoadAsync<T>(ApiCallErrors errors, HttpContext? context, Func<Task<T>> load)
        where T : class
    {
        T? found = null;
        var missing = false;
        await errors.TryAsync(async () =>
        {
            try
            {
                found = await load();
            }
            catch (StudioProblemException e) when (e.Status == HttpStatusCode.NotFound)
            {
                missing = true;
            }
        });
        if (missing)
            StaticResponse.NotFound(context);
        return (found, missing);
    }
}
