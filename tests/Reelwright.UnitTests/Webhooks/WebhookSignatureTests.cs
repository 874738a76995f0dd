using System.Security.Cryptography;
using System.Text;
using Reelwright.Api.Webhooks;
using Xunit;

namespace Reelwright.UnitTests.Webhooks;

public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec-test-secret";
    private const long Timestamp = 1764072000;
    private const string Body = """{"id":"0197a8f0-0000-7000-8000-000000000001","event":"Generated"}""";

    [Fact]
    public void It_is_the_hmac_sha256_of_timestamp_dot_body_in_lower_hex()
    {
        // Worked out apart from the code: printf '%s' '<timestamp>.<body>' | openssl dgst -sha256 -hmac '<secret>'
        Assert.Equal("sha256=403f3ec4fd3be8a8626c46e5a9b5df705593fefa73817e0d7c2b174ad13eace5", WebhookSignature.Compute(Secret, Timestamp, Body));
    }

    [Fact]
    public void A_receiver_computing_it_with_HMACSHA256_gets_the_same()
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(Secret));
        var expected = "sha256=" + string.Concat(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{Timestamp}.{Body}")).Select(b => b.ToString("x2")));

        Assert.Equal(expected, WebhookSignature.Compute(Secret, Timestamp, Body));
    }

    [Fact]
    public void Another_timestamp_gives_another_signature_so_a_captured_request_cannot_be_replayed_as_new()
    {
        Assert.NotEqual(WebhookSignature.Compute(Secret, Timestamp, Body), WebhookSignature.Compute(Secret, Timestamp + 600, Body));
    }
}
