using Reelwright.Web.Accounts;
using Xunit;

namespace Reelwright.ComponentTests.Accounts;

/// <summary>Only paths on this site are followed after sign-in; anything that would leave it goes home instead.</summary>
public sealed class LocalReturnUrlTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/settings/tokens", "/settings/tokens")]
    [InlineData("/invitations/abc?x=1", "/invitations/abc?x=1")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("javascript:alert(1)", "/")]
    [InlineData("teams", "/")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    public void Resolves_to_the_url_only_when_it_stays_on_the_site(string? returnUrl, string expected) =>
        Assert.Equal(expected, LocalReturnUrl.Resolve(returnUrl));

    [Fact]
    public void The_sign_in_link_escapes_the_path_it_returns_to() =>
        Assert.Equal("/sign-in?returnUrl=%2Fteams%2F1%3Ftab%3Dmembers", LocalReturnUrl.SignInFor("/teams/1?tab=members"));
}
