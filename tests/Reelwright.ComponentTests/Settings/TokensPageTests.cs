using System.Net;
using Bunit;
using Reelwright.Web.Components.Pages.Settings;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Settings;

/// <summary>Personal access tokens: the list, a new token's secret shown exactly once, and revoking.</summary>
public sealed class TokensPageTests : StudioTestContext
{
    [Fact]
    public void Tokens_are_listed_by_name_and_prefix_never_by_secret()
    {
        Api.AccessTokens.Add(Sample.AccessToken("render script") with { LastUsedAt = Sample.Noon.AddMinutes(5) });

        var cut = Render<Tokens>();

        var row = cut.Find("tbody tr");
        Assert.Contains("render script", row.TextContent);
        Assert.Contains("rw_pat_abc…", row.TextContent);
        Assert.Contains("2025-11-25 12:05 UTC", row.TextContent);
    }

    [Fact]
    public void A_new_token_is_shown_once_with_a_warning_and_is_gone_once_dismissed()
    {
        Api.NextSecret = "rw_pat_s3cr3t_0123456789";
        var cut = Render<Tokens>();

        cut.Find("#token-name").Input("render script");
        cut.Find("#create-token").Click();

        Assert.Equal("rw_pat_s3cr3t_0123456789", cut.Find("#new-token-value").GetAttribute("value"));
        Assert.Contains("will not be shown again", cut.Find("#new-token .warning").TextContent);
        Assert.Contains("render script", cut.Find("tbody").TextContent);
        Assert.Equal("", cut.Find("#token-name").GetAttribute("value"));

        cut.Find("#dismiss-token").Click();

        Assert.Empty(cut.FindAll("#new-token"));
        Assert.DoesNotContain("rw_pat_s3cr3t_0123456789", cut.Markup);
    }

    [Fact]
    public void Opening_the_page_again_never_shows_an_earlier_secret()
    {
        Api.NextSecret = "rw_pat_s3cr3t_0123456789";
        var first = Render<Tokens>();
        first.Find("#token-name").Input("ci");
        first.Find("#create-token").Click();

        var reopened = Render<Tokens>();

        Assert.DoesNotContain("rw_pat_s3cr3t_0123456789", reopened.Markup);
    }

    [Fact]
    public void A_refused_name_is_shown_beside_the_name_field()
    {
        Api.Refusals[nameof(IStudioApi.CreateAccessTokenAsync)] = new StudioProblemException(HttpStatusCode.BadRequest,
            new Dictionary<string, string[]> { ["name"] = ["Give the token a name."] });
        var cut = Render<Tokens>();

        cut.Find("#create-token").Click();

        Assert.Equal("Give the token a name.", cut.Find(".field-error[data-field=name]").TextContent);
        Assert.Empty(cut.FindAll("#new-token"));
    }

    [Fact]
    public void Revoking_a_token_asks_the_api_and_shows_it_revoked()
    {
        var token = Sample.AccessToken("old laptop");
        Api.AccessTokens.Add(token);
        var cut = Render<Tokens>();

        cut.Find($"tr[data-token-id='{token.Id}'] .revoke").Click();

        var row = cut.Find($"tr[data-token-id='{token.Id}']");
        Assert.Contains("revoked", row.ClassList);
        Assert.Empty(row.QuerySelectorAll(".revoke"));
        Assert.NotNull(Api.AccessTokens.Single().RevokedAt);
    }

    [Fact]
    public void When_the_session_has_ended_the_page_offers_to_sign_in_again_and_come_back()
    {
        Api.Unreachable = new StudioSessionEndedException("The session expired.");

        var cut = Render<Tokens>();

        var alert = cut.Find(".load-error[role=alert]");
        Assert.Contains("Your session has ended — sign in again.", alert.TextContent);
        Assert.Equal("/sign-in?returnUrl=%2F", alert.QuerySelector("a.sign-in-again")!.GetAttribute("href"));
    }
}
