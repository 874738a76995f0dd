namespace Reelwright.Web.Accounts;

/// <summary>
/// Where to send someone after they sign in. Only a path on this site is honoured: following an absolute URL from
/// the query string would let any link sign a user in and hand them to another site (an open redirect).
/// </summary>
public static class LocalReturnUrl
{
    public const string Home = "/";

    public static string Resolve(string? returnUrl) =>
        IsLocal(returnUrl) ? returnUrl! : Home;

    // "//host" and "/\host" are protocol-relative to browsers, so they leave the site even though they start with "/".
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    /// <summary>The sign-in page's address that comes back to <paramref name="localPath"/> afterwards.</summary>
    public static string SignInFor(string localPath) => $"/sign-in?returnUrl={Uri.EscapeDataString(localPath)}";
}
