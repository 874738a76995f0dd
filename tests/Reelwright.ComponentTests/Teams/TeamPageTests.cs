using System.Net;
using Bunit;
using Reelwright.Web.Components.Pages.Teams;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Teams;

/// <summary>A team's page: what owners may change, what everyone else only sees, and invitation links.</summary>
public sealed class TeamPageTests : StudioTestContext
{
    private static readonly TeamMemberView Ada = Sample.Member("Ada Lovelace", TeamRole.Owner) with { UserId = Sample.User.Id };
    private static readonly TeamMemberView Grace = Sample.Member("Grace Hopper", TeamRole.Editor);

    [Fact]
    public void An_administrator_sets_the_teams_share_of_the_workers_and_others_see_no_such_control()
    {
        var team = GivenTeam(TeamRole.Editor) with { SchedulingWeight = 1.5 };
        Api.Teams[team.Id] = team;
        Api.Me = Api.Me with { User = Sample.Admin };

        var cut = RenderTeam(team);
        Assert.Equal("1.5", cut.Find("#scheduling-weight").GetAttribute("value"));
        cut.Find("#scheduling-weight").Change("3");
        cut.Find("form.scheduling-weight").Submit();

        Assert.Equal([(team.Id, 3.0)], Api.WeightsSet);
    }

    [Fact]
    public void Someone_who_is_not_an_administrator_sees_no_weight_control()
    {
        var team = GivenTeam(TeamRole.Owner);

        var cut = RenderTeam(team);

        Assert.Empty(cut.FindAll("#scheduling-weight"));
    }

    [Fact]
    public void An_owner_sees_role_controls_removal_and_invitations()
    {
        var team = GivenTeam(TeamRole.Owner);

        var cut = RenderTeam(team);

        Assert.Equal(2, cut.FindAll("select.member-role").Count);
        Assert.Equal(2, cut.FindAll(".remove-member").Count);
        Assert.NotNull(cut.Find("#create-invitation"));
    }

    [Theory]
    [InlineData(TeamRole.Editor)]
    [InlineData(TeamRole.Reviewer)]
    [InlineData(TeamRole.Viewer)]
    public void Anyone_but_an_owner_sees_roles_without_controls_or_invitations(TeamRole role)
    {
        var team = GivenTeam(role);

        var cut = RenderTeam(team);

        Assert.Equal(["Owner", "Editor"], cut.FindAll("span.member-role").Select(r => r.TextContent));
        Assert.Empty(cut.FindAll("select.member-role"));
        Assert.Empty(cut.FindAll(".remove-member"));
        Assert.Empty(cut.FindAll(".invitations"));
    }

    [Theory]
    [InlineData(TeamRole.Owner, true)]
    [InlineData(TeamRole.Editor, true)]
    [InlineData(TeamRole.Reviewer, false)]
    [InlineData(TeamRole.Viewer, false)]
    public void Editors_and_owners_may_start_a_project(TeamRole role, bool canCreate)
    {
        var cut = RenderTeam(GivenTeam(role));

        Assert.Equal(canCreate, cut.FindAll("#new-project").Count == 1);
    }

    [Fact]
    public void Creating_a_project_lists_it_under_the_team()
    {
        var team = GivenTeam(TeamRole.Editor);
        var cut = RenderTeam(team);

        cut.Find("#project-name").Input("Spring campaign");
        cut.Find("#create-project").Click();

        Assert.Equal((team.Id, "Spring campaign"), Assert.Single(Api.CreatedProjects));
        Assert.Equal("Spring campaign", cut.Find(".projects li").TextContent);
    }

    [Fact]
    public void An_owner_changing_a_role_asks_the_api()
    {
        var team = GivenTeam(TeamRole.Owner);
        var cut = RenderTeam(team);

        cut.Find($"tr[data-user-id='{Grace.UserId}'] select.member-role").Change("Viewer");

        Assert.Equal((team.Id, Grace.UserId, TeamRole.Viewer), Assert.Single(Api.RoleChanges));
        Assert.Equal("Viewer", cut.Find($"tr[data-user-id='{Grace.UserId}'] select.member-role").GetAttribute("value"));
    }

    [Fact]
    public void Demoting_the_last_owner_is_refused_with_the_apis_reason_and_the_role_stays()
    {
        var team = GivenTeam(TeamRole.Owner);
        Api.Refusals[nameof(IStudioApi.ChangeMemberRoleAsync)] = new StudioProblemException(HttpStatusCode.Conflict,
            new Dictionary<string, string[]> { [""] = ["A team needs at least one owner."] });
        var cut = RenderTeam(team);

        cut.Find($"tr[data-user-id='{Ada.UserId}'] select.member-role").Change("Editor");

        Assert.Equal("A team needs at least one owner.", cut.Find("section[aria-label=Members] .field-error").TextContent);
        Assert.Equal("Owner", cut.Find($"tr[data-user-id='{Ada.UserId}'] select.member-role").GetAttribute("value"));
    }

    [Fact]
    public void Removing_a_member_takes_them_off_the_list()
    {
        var team = GivenTeam(TeamRole.Owner);
        var cut = RenderTeam(team);

        cut.Find($"tr[data-user-id='{Grace.UserId}'] .remove-member").Click();

        Assert.Equal((team.Id, Grace.UserId), Assert.Single(Api.Removals));
        Assert.Empty(cut.FindAll($"tr[data-user-id='{Grace.UserId}']"));
    }

    [Fact]
    public void A_new_invitation_link_is_shown_once_as_an_absolute_url_on_this_web_app()
    {
        var team = GivenTeam(TeamRole.Owner);
        Api.NextSecret = "inv_tok/en+1";
        var cut = RenderTeam(team);

        cut.Find("#invitation-role").Change("Reviewer");
        cut.Find("#invitation-hours").Input("24");
        cut.Find("#create-invitation").Click();

        Assert.Equal("http://localhost/invitations/inv_tok%2Fen%2B1", cut.Find("#invitation-link").GetAttribute("value"));
        var pending = Assert.Single(Api.Invitations[team.Id]);
        Assert.Equal(TeamRole.Reviewer, pending.Role);
        Assert.Equal("Reviewer", cut.Find($"tr[data-invitation-id='{pending.Id}'] td").TextContent);

        cut.Find("#dismiss-invitation").Click();

        Assert.DoesNotContain("inv_tok", cut.Markup);
    }

    [Fact]
    public void Only_pending_invitations_are_listed_and_one_can_be_revoked()
    {
        var team = GivenTeam(TeamRole.Owner);
        var now = DateTimeOffset.UtcNow;
        var pending = new InvitationView(Guid.NewGuid(), TeamRole.Editor, now.AddHours(-1), now.AddHours(47), null, null);
        Api.Invitations[team.Id] =
        [
            pending,
            pending with { Id = Guid.NewGuid(), ExpiresAt = now.AddHours(-1) },
            pending with { Id = Guid.NewGuid(), AcceptedAt = now },
            pending with { Id = Guid.NewGuid(), RevokedAt = now },
        ];
        var cut = RenderTeam(team);

        Assert.Equal(pending.Id.ToString(), Assert.Single(cut.FindAll(".pending-invitations tbody tr")).GetAttribute("data-invitation-id"));

        cut.Find(".revoke-invitation").Click();

        Assert.Empty(cut.FindAll(".pending-invitations tbody tr"));
    }

    private TeamView GivenTeam(TeamRole myRole)
    {
        var team = new TeamView(Guid.NewGuid(), "Northern Lights", myRole, [Ada, Grace]);
        Api.Teams[team.Id] = team;
        return team;
    }

    private IRenderedComponent<Team> RenderTeam(TeamView team) => Render<Team>(p => p.Add(c => c.Id, team.Id));
}
