using System.Security.Cryptography;
using System.Text;

namespace Reelwright.Api.Webhooks;

/// <summary>
/// <c>sha256=</c> and the lower-case hex HMAC-SHA256, keyed with the webhook's secret (its UTF-8 text, as shown at
/// creation), of <c>"{timestamp}.{body}"</c>. Signing the timestamp with the body means a captured request cannot be
/// replayed later under a fresh timestamp.
/// </summary>
public static class WebhookSignature
{
    public const string Prefix = "sha256=";

    public static string Compute(string secret, long unixSeconds, string body) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{unixSeconds}.{body}")));
}
