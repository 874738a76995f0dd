using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Web.Components.Pages.Accounts;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Accounts;

/// <summary>Where an invitation link lands: what it offers, accepting it, and a link that no longer works.</summary>
public sealed class InvitationPageTests : StudioTestContext
{
    private static readonly InvitationPreviewView Offer =
        new(Guid.Parse("0199a000-0000-7000-8000-0000000000c1"), "Northern Lights", TeamRole.Editor, Sample.Noon.AddDays(3), "Grace Hopper");

    [Fact]
    public void The_invitation_shows_the_team_role_inviter_and_expiry()
    {
        Api.InvitationLinks["tok"] = Offer;

        var cut = Render<Invitation>(p => p.Add(c => c.Token, "tok"));

        Assert.Equal("Northern Lights", cut.Find("#invitation-team").TextContent);
        Assert.Equal("Editor", cut.Find("#invitation-role").TextContent);
        Assert.Equal("Grace Hopper", cut.Find("#invitation-inviter").TextContent);
        Assert.Equal("2025-11-28 12:00 UTC", cut.Find("#invitation-expires").TextContent);
    }

    [Fact]
    public void Accepting_joins_the_team_and_opens_its_page()
    {
        Api.InvitationLinks["tok"] = Offer;
        var cut = Render<Invitation>(p => p.Add(c => c.Token, "tok"));

        cut.Find("#accept-invitation").Click();

        Assert.Equal(["tok"], Api.AcceptedInvitations);
        Assert.Equal($"http://localhost/teams/{Offer.TeamId}", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void An_expired_used_or_revoked_invitation_shows_the_apis_message_and_no_accept_button()
    {
        Api.Refusals[nameof(IStudioApi.GetInvitationAsync)] = new StudioProblemException(HttpStatusCode.Gone,
            new Dictionary<string, string[]> { [""] = ["This invitation has already been used."] });

        var cut = Render<Invitation>(p => p.Add(c => c.Token, "tok"));

        Assert.Equal("This invitation has already been used.", cut.Find(".field-error").TextContent);
        Assert.Empty(cut.FindAll("#accept-invitation"));
    }

    [Fact]
    public void Accepting_an_invitation_that_expired_meanwhile_explains_why_and_removes_the_button()
    {
        Api.InvitationLinks["tok"] = Offer;
        Api.Refusals[nameof(IStudioApi.AcceptInvitationAsync)] = new StudioProblemException(HttpStatusCode.Gone,
            new Dictionary<string, string[]> { [""] = ["This invitation expired."] });
        var cut = Render<Invitation>(p => p.Add(c => c.Token, "tok"));

        cut.Find("#accept-invitation").Click();

        Assert.Equal("This invitation expired.", cut.Find(".field-error").TextContent);
        Assert.Empty(cut.FindAll("#accept-invitation"));
    }
}
