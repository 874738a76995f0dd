using Reelwright.Api.Webhooks;
using Xunit;

namespace Reelwright.UnitTests.Webhooks;

public sealed class WebhookUrlRulesTests
{
    [Theory]
    [InlineData("https://hooks.example.com/reelwright")]
    [InlineData("http://127.0.0.1:8080/hook?team=3")]
    [InlineData("HTTPS://EXAMPLE.COM")]
    public void Absolute_http_and_https_urls_are_accepted(string url)
    {
        Assert.Null(WebhookUrlRules.ProblemWith(url));
    }

    [Theory]
    [InlineData("ftp://example.com/hook")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("gopher://example.com:70/1")]
    [InlineData("/hooks/reelwright")]
    [InlineData("hooks/reelwright")]
    [InlineData("example.com/hook")]
    [InlineData("https://")]
    [InlineData("https://user:password@example.com/hook")]
    [InlineData("https://token@example.com/hook")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Anything_else_is_refused(string? url)
    {
        Assert.NotNull(WebhookUrlRules.ProblemWith(url));
    }

    [Fact]
    public void A_url_longer_than_2000_characters_is_refused()
    {
        var prefix = "https://example.com/";
        Assert.Null(WebhookUrlRules.ProblemWith(prefix + new string('a', 2000 - prefix.Length)));
        Assert.NotNull(WebhookUrlRules.ProblemWith(prefix + new string('a', 2001 - prefix.Length)));
    }
}
