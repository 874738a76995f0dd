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

/// <summary>The sign-up page: the API's complaints beside the fields they name, and signing straight in.</summary>
public sealed class SignUpTests : StudioTestContext
{
    private readonly FakeAuthenticationService _cookies = new();

    public SignUpTests() => Authorization.SetNotAuthorized();

    [Theory]
    [InlineData("email", "#email", "That email already has an account.")]
    [InlineData("password", "#password", "Use at least 12 characters.")]
    [InlineData("displayName", "#display-name", "That name is too long.")]
    public void A_complaint_from_the_api_appears_beside_the_field_it_names(string field, string inputSelector, string message)
    {
        Api.Refusals[nameof(IStudioApi.SignUpAsync)] = new StudioProblemException(HttpStatusCode.BadRequest,
            new Dictionary<string, string[]> { [field] = [message] });
        var cut = RenderSignUp();

        Fill(cut);
        cut.Find("form").Submit();

        var error = Assert.Single(cut.FindAll(".field-error"));
        Assert.Equal(message, error.TextContent);
        Assert.Same(cut.Find(inputSelector).Closest("label"), error.Closest("label"));
        Assert.Empty(_cookies.SignIns);
    }

    [Fact]
    public void A_missing_name_is_refused_without_calling_the_api()
    {
        var cut = RenderSignUp();

        cut.Find("#email").Change("ada@example.test");
        cut.Find("#password").Change("correct horse battery");
        cut.Find("form").Submit();

        Assert.Empty(Api.SignIns);
        Assert.Equal("Enter the name others will see.", cut.Find(".validation-message").TextContent);
    }

    [Fact]
    public void Signing_up_signs_in_and_returns_to_the_invitation_that_sent_the_user_here()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/sign-up?returnUrl=%2Finvitations%2Fabc");
        var cut = RenderSignUp();

        Fill(cut);
        cut.Find("form").Submit();

        Assert.Equal(("ada@example.test", "correct horse battery", "Ada Lovelace"), Assert.Single(Api.SignIns));
        Assert.Equal(Sample.ApiToken, Assert.Single(_cookies.SignIns).Principal.FindFirstValue(AccountCookie.ApiTokenClaim));
        Assert.Equal("http://localhost/invitations/abc", Services.GetRequiredService<NavigationManager>().Uri);
    }

    private IRenderedComponent<SignUp> RenderSignUp() => Render<SignUp>(p => p.AddCascadingValue<HttpContext>(_cookies.Request()));

    private static void Fill(IRenderedComponent<SignUp> cut)
    {
        cut.Find("#display-name").Change("Ada Lovelace");
        cut.Find("#email").Change("ada@example.test");
        cut.Find("#password").Change("correct horse battery");
    }
}
