using Bunit;
using Reelwright.Web.Components.Pages.Projects;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Pages;

/// <summary>A project's activity feed: newest first, paged with More, each entry leading to its clip.</summary>
public sealed class ProjectActivityTests : StudioTestContext
{
    private readonly ProjectView _project = Sample.Project("Spring campaign", TeamRole.Viewer);

    public ProjectActivityTests() => Api.Me = Api.Me with { Projects = [_project] };

    [Fact]
    public void Entries_are_listed_as_the_api_orders_them_and_link_to_their_clips()
    {
        var clipId = Guid.NewGuid();
        var commented = Entry("Commented", "Grace commented on frame 4 of \"a red circle\"", clipId);
        var labelled = Entry("Labelled", "Alan moved the label production", generationId: null);
        Api.FirstActivityPage = new ActivityPageView([commented, labelled], null);

        var cut = RenderActivity();

        Assert.Equal([commented.Id.ToString(), labelled.Id.ToString()], cut.FindAll("[data-activity-id]").Select(e => e.GetAttribute("data-activity-id")));
        Assert.Equal("Commented", cut.Find($"[data-activity-id='{commented.Id}']").GetAttribute("data-kind"));
        Assert.Equal($"clips/{clipId}", cut.Find($"[data-activity-id='{commented.Id}'] a.summary").GetAttribute("href"));
        Assert.Empty(cut.FindAll($"[data-activity-id='{labelled.Id}'] a"));
        Assert.Contains("Spring campaign", cut.Find("h1").TextContent);
        Assert.Empty(cut.FindAll("#more-activity"));
    }

    [Fact]
    public void More_loads_the_next_page_with_the_cursor_the_last_one_gave()
    {
        var newest = Entry("Generated", "A clip finished", Guid.NewGuid());
        var older = Entry("ReviewRequested", "Ada asked for a review", Guid.NewGuid());
        Api.FirstActivityPage = new ActivityPageView([newest], "after-newest");
        Api.ActivityPagesAfter["after-newest"] = new ActivityPageView([older], null);
        var cut = RenderActivity();

        cut.Find("#more-activity").Click();

        Assert.Equal([(_project.Id, null), (_project.Id, "after-newest")], Api.ActivityRequests);
        Assert.Equal(["A clip finished", "Ada asked for a review"], cut.FindAll(".activity .summary").Select(s => s.TextContent));
        Assert.Empty(cut.FindAll("#more-activity"));
    }

    [Fact]
    public void The_header_links_to_the_projects_webhooks()
    {
        var cut = RenderActivity();

        Assert.Equal($"projects/{_project.Id}/webhooks", cut.Find("#project-webhooks").GetAttribute("href"));
    }

    [Fact]
    public void An_empty_feed_says_so()
    {
        var cut = RenderActivity();

        Assert.NotNull(cut.Find("#no-activity"));
    }

    [Fact]
    public void When_the_api_is_unreachable_the_page_says_so()
    {
        Api.Unreachable = new HttpRequestException("Connection refused");

        var cut = RenderActivity();

        Assert.Contains("The Studio API is not reachable", cut.Find(".load-error[role=alert]").TextContent);
    }

    private static ActivityView Entry(string kind, string summary, Guid? generationId) =>
        new(Guid.NewGuid(), kind, Guid.NewGuid(), "Grace Hopper", generationId, Guid.NewGuid(), summary, Sample.Noon);

    private IRenderedComponent<ProjectActivity> RenderActivity() => Render<ProjectActivity>(p => p.Add(c => c.Id, _project.Id));
}
