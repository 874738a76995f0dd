using System.Web;
using Reelwright.Api.Media;
using Xunit;

namespace Reelwright.UnitTests.Media;

public sealed class MediaUrlSignerTests
{
    private static readonly Guid Clip = Guid.Parse("0197a8f0-0000-7000-8000-000000000001");
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 25, 12, 3, 0, TimeSpan.Zero));
    private readonly MediaUrlSigner _signer;

    public MediaUrlSignerTests()
    {
        _signer = new MediaUrlSigner(_clock);
        _signer.UseKey(new byte[32]);
    }

    [Fact]
    public void A_url_it_signed_checks_out_until_it_expires_and_then_reads_as_expired()
    {
        var link = Parse(_signer.UrlFor(Clip, MediaKind.Video, accessVersion: 0));

        Assert.Equal(MediaLinkCheck.Valid, Check(link, currentVersion: 0));
        _clock.Now += MediaUrlSigner.Lifetime + TimeSpan.FromMinutes(10);
        Assert.Equal(MediaLinkCheck.Expired, Check(link, currentVersion: 0));
    }

    [Fact]
    public void Narrowing_visibility_voids_urls_issued_before()
    {
        var link = Parse(_signer.UrlFor(Clip, MediaKind.Poster, accessVersion: 3));

        Assert.Equal(MediaLinkCheck.Invalid, Check(link with { Kind = MediaKind.Poster }, currentVersion: 4));
        Assert.Equal(MediaLinkCheck.Valid, Check(link with { Kind = MediaKind.Poster }, currentVersion: 3));
    }

    [Fact]
    public void A_signature_is_for_one_clip_one_kind_one_expiry()
    {
        var link = Parse(_signer.UrlFor(Clip, MediaKind.Video, accessVersion: 0));

        Assert.Equal(MediaLinkCheck.Invalid, _signer.Check(Guid.NewGuid(), MediaKind.Video, link.Expires, 0, link.Signature, 0));
        Assert.Equal(MediaLinkCheck.Invalid, _signer.Check(Clip, MediaKind.Preview, link.Expires, 0, link.Signature, 0));
        Assert.Equal(MediaLinkCheck.Invalid, _signer.Check(Clip, MediaKind.Video, link.Expires + 3600, 0, link.Signature, 0));
        var tampered = (link.Signature[0] == 'A' ? "B" : "A") + link.Signature[1..];
        Assert.Equal(MediaLinkCheck.Invalid, _signer.Check(Clip, MediaKind.Video, link.Expires, 0, tampered, 0));
    }

    [Fact]
    public void Urls_issued_within_one_window_are_identical_so_the_browser_cache_hits()
    {
        var first = _signer.UrlFor(Clip, MediaKind.Video, 0);
        _clock.Now += TimeSpan.FromMinutes(5);

        Assert.Equal(first, _signer.UrlFor(Clip, MediaKind.Video, 0));
    }

    [Fact]
    public void Another_key_does_not_accept_its_signatures()
    {
        var link = Parse(_signer.UrlFor(Clip, MediaKind.Video, 0));
        var other = new MediaUrlSigner(_clock);
        other.UseKey(Enumerable.Repeat((byte)7, 32).ToArray());

        Assert.Equal(MediaLinkCheck.Invalid, other.Check(Clip, MediaKind.Video, link.Expires, 0, link.Signature, 0));
    }

    private MediaLinkCheck Check(SignedLink link, int currentVersion) =>
        _signer.Check(Clip, link.Kind, link.Expires, link.Version, link.Signature, currentVersion);

    private static SignedLink Parse(string url)
    {
        var uri = new Uri("http://studio.test" + url);
        var query = HttpUtility.ParseQueryString(uri.Query);
        var kind = Enum.Parse<MediaKind>(uri.Segments[^1], ignoreCase: true);
        return new SignedLink(kind, long.Parse(query["exp"]!), int.Parse(query["v"]!), query["sig"]!);
    }

    private sealed record SignedLink(MediaKind Kind, long Expires, int Version, string Signature);

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
