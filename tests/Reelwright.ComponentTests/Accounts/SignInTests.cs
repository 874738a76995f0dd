using System.Net;
using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.ComponentTests.Fakes;
using Reelwright.Web.Accounts;
using Reelwright.Web.Components.Pages.Accounts;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Accounts;

/// <summary>The sign-in page: what it checks itself, how it shows the API's refusals, and the cookie it sets.</summary>
public sealed class SignInTests : StudioTestContext
{
    private readonly FakeAuthenticationService _cookies = new();

    public SignInTests() => Authorization.SetNotAuthorized();

    [Fact]
    public void Empty_fields_are_refused_without_calling_the_api()
    {
        var cut = RenderSignIn();

        cut.Find("form").Submit();

        Assert.Empty(Api.SignIns);
        Assert.Equal(["Enter your email address.", "Enter your password."], cut.FindAll(".validation-message").Select(m => m.TextContent));
    }

    [Fact]
    public void A_wrong_password_shows_the_apis_message_and_does_not_echo_the_password()
    {
        Api.Refusals[nameof(IStudioApi.SignInAsync)] = Refused(HttpStatusCode.Unauthorized, "", "Email or password is wrong.");
        var cut = RenderSignIn();

        Fill(cut, "ada@example.test", "hunter2");
        cut.Find("form").Submit();

        Assert.Equal("Email or password is wrong.", cut.Find("form > .field-error").TextContent);
        Assert.Equal("", cut.Find("#password").GetAttribute("value") ?? "");
        Assert.Empty(_cookies.SignIns);
    }

    [Fact]
    public void Being_locked_out_shows_when_to_try_again()
    {
        Api.Refusals[nameof(IStudioApi.SignInAsync)] = Refused(HttpStatusCode.TooManyRequests, "", "Too many failed attempts. Try again after 12:05 UTC.");
        var cut = RenderSignIn();

        Fill(cut, "ada@example.test", "hunter2");
        cut.Find("form").Submit();

        Assert.Equal("Too many failed attempts. Try again after 12:05 UTC.", cut.Find("form > .field-error").TextContent);
    }

    [Fact]
    public void A_complaint_about_the_email_appears_beside_the_email_field()
    {
        Api.Refusals[nameof(IStudioApi.SignInAsync)] = Refused(HttpStatusCode.BadRequest, "email", "That address is not valid.");
        var cut = RenderSignIn();

        Fill(cut, "ada@example.test", "hunter2");
        cut.Find("form").Submit();

        var error = cut.Find(".field-error[data-field=email]");
        Assert.Equal("That address is not valid.", error.TextContent);
        Assert.Same(cut.Find("#email").Closest("label"), error.Closest("label"));
    }

    [Fact]
    public void Signing_in_sets_a_cookie_that_carries_the_user_and_the_api_token_and_ends_with_the_session()
    {
        var cut = RenderSignIn();

        Fill(cut, " ada@example.test ", "correct horse");
        cut.Find("form").Submit();

        Assert.Equal(("ada@example.test", "correct horse", (string?)null), Assert.Single(Api.SignIns));
        var (scheme, principal, properties) = Assert.Single(_cookies.SignIns);
        Assert.Equal(AccountCookie.Scheme, scheme);
        Assert.Equal(Sample.User.Id.ToString(), principal.FindFirstValue(ClaimTypes.NameIdentifier));
        Assert.Equal("Ada Lovelace", principal.Identity!.Name);
        Assert.Equal(Sample.User.Email, principal.FindFirstValue(ClaimTypes.Email));
        Assert.Equal(Sample.ApiToken, principal.FindFirstValue(AccountCookie.ApiTokenClaim));
        Assert.Equal(Sample.Session.ExpiresAt, properties!.ExpiresUtc);
        Assert.True(properties.IsPersistent);
    }

    [Theory]
    [InlineData("/teams/0199a000-0000-7000-8000-000000000009", "http://localhost/teams/0199a000-0000-7000-8000-000000000009")]
    [InlineData("https://evil.example/steal", "http://localhost/")]
    [InlineData("//evil.example/steal", "http://localhost/")]
    [InlineData(null, "http://localhost/")]
    public void After_signing_in_only_a_local_return_url_is_followed(string? returnUrl, string expected)
    {
        var cut = RenderSignIn(returnUrl);

        Fill(cut, "ada@example.test", "correct horse");
        cut.Find("form").Submit();

        Assert.Equal(expected, Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void The_link_to_sign_up_keeps_the_return_url()
    {
        var cut = RenderSignIn("/invitations/abc");

        Assert.Equal("sign-up?returnUrl=%2Finvitations%2Fabc", cut.Find(".switch a").GetAttribute("href"));
    }

    private IRenderedComponent<SignIn> RenderSignIn(string? returnUrl = null)
    {
        if (returnUrl is not null)
            Services.GetRequiredService<NavigationManager>().NavigateTo($"/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}");
        return Render<SignIn>(p => p.AddCascadingValue<HttpContext>(_cookies.Request()));
    }

    private static void Fill(IRenderedComponent<SignIn> cut, string email, string password)
    {
        cut.Find("#email").Change(email);
        cut.Find("#password").Change(password);
    }

    private static StudioProblemException Refused(HttpStatusCode status, string field, string message) =>
        new(status, new Dictionary<string, string[]> { [field] = [message] });
}
