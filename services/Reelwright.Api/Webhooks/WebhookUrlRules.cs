namespace Reelwright.Api.Webhooks;

/// <summary>
/// Which URLs a webhook may POST to: absolute http or https, without a user name or password in them (a receiver
/// trusts the signature, and credentials in a URL end up in logs). Everything else, file:, javascript: and relative
/// paths among them, is refused before anything is stored.
/// </summary>
public static class WebhookUrlRules
{
    public const int MaxLength = 2000;

    /// <summary>What is wrong with the URL, or null when it may be used.</summary>
    public static string? ProblemWith(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
            return "Enter the http:// or https:// URL the studio should POST events to.";
        if (url.Length > MaxLength)
            return $"A webhook URL has at most {MaxLength} characters.";
        // On Unix "/hooks" parses as an absolute file: URI, so the scheme check, not UriKind, is what refuses paths.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
            return "Enter an absolute http:// or https:// URL.";
        if (uri.UserInfo.Length > 0)
            return "Leave the user name and password out of the URL; receivers verify deliveries by their signature.";
        return null;
    }
}
