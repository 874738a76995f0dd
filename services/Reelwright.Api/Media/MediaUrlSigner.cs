using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Reelwright.Api.Media;

/// <summary>
/// Media URLs that carry their own permission: the API signs a URL for whoever may see the generation when it
/// answers them, and the browser's &lt;video&gt; and &lt;img&gt; (which cannot send a bearer token) present it. A
/// signature covers the generation, the media kind, an expiry and the generation's media access version, which
/// rises whenever fewer people may see it: narrowing visibility voids every URL issued before, at once.
/// </summary>
public sealed class MediaUrlSigner(TimeProvider clock)
{
    /// <summary>Long enough for a page left open through a working session; a reload gets fresh URLs.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    // Expiries are rounded up to this, so responses within one window carry identical URLs and the browser's cache hits.
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private byte[]? _key;

    /// <summary>Set once at start-up from the key all instances share (<see cref="MediaSigningKey"/>).</summary>
    public void UseKey(byte[] key) => _key = key;

    public string UrlFor(Guid generationId, MediaKind kind, int accessVersion)
    {
        var windowTicks = Window.Ticks;
        var expiresTicks = ((clock.GetUtcNow() + Lifetime).UtcTicks + windowTicks - 1) / windowTicks * windowTicks;
        var expires = new DateTimeOffset(expiresTicks, TimeSpan.Zero).ToUnixTimeSeconds();
        var signature = Sign(generationId, kind, expires, accessVersion);
        return $"{MediaUrls.For(generationId, kind)}?exp={expires.ToString(CultureInfo.InvariantCulture)}&v={accessVersion.ToString(CultureInfo.InvariantCulture)}&sig={signature}";
    }

    public MediaLinkCheck Check(Guid generationId, MediaKind kind, long expires, int accessVersion, string signature, int currentAccessVersion)
    {
        var expected = Encoding.ASCII.GetBytes(Sign(generationId, kind, expires, accessVersion));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature)) || accessVersion != currentAccessVersion)
            return MediaLinkCheck.Invalid;
        return DateTimeOffset.FromUnixTimeSeconds(expires) <= clock.GetUtcNow() ? MediaLinkCheck.Expired : MediaLinkCheck.Valid;
    }

    private string Sign(Guid generationId, MediaKind kind, long expires, int accessVersion)
    {
        var key = _key ?? throw new InvalidOperationException("The media signing key was not loaded at start-up.");
        var payload = Encoding.ASCII.GetBytes($"{generationId:N}|{kind}|{expires}|{accessVersion}");
        // 128 bits of the MAC are plenty against forgery and keep URLs short.
        return Convert.ToBase64String(HMACSHA256.HashData(key, payload), 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}

public enum MediaLinkCheck
{
    Valid,
    Expired,
    Invalid,
}
