using Bunit;
using Reelwright.Web.Components.Workspace;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Workspace;

public sealed class JobProgressTests : StudioTestContext
{
    public static TheoryData<string, GenerationView, string, string> Stages { get; } = new()
    {
        { "queued", Sample.Queued(steps: 20), "Queued", "width: 0%" },
        { "picked up, no step yet", Sample.Queued(steps: 20).AtStep(0), "Starting…", "width: 0%" },
        { "a quarter through", Sample.Queued(steps: 20).AtStep(5), "Step 5 of 20", "width: 25%" },
        { "a third through", Sample.Queued(steps: 3).AtStep(1), "Step 1 of 3", "width: 33.3%" },
        { "finished", Sample.Queued(steps: 20).Succeeded(), "Done", "width: 100%" },
        { "failed half way", Sample.Queued(steps: 20).AtStep(10).Failed("out of memory"), "Failed", "width: 50%" },
    };

    [Theory]
    [MemberData(nameof(Stages))]
    public void The_bar_says_where_the_generation_is_and_fills_in_proportion(string stage, GenerationView generation, string status, string fill)
    {
        var cut = Render<JobProgress>(p => p.Add(c => c.Generation, generation));

        _ = stage; // names the row in the test report
        Assert.Equal(status, cut.Find(".job-status").TextContent);
        Assert.Equal(fill, cut.Find(".fill").GetAttribute("style"));
    }

    [Fact]
    public void The_bar_tells_assistive_technology_the_step_out_of_the_total()
    {
        var cut = Render<JobProgress>(p => p.Add(c => c.Generation, Sample.Queued(steps: 30).AtStep(12)));

        var bar = cut.Find("[role=progressbar]");
        Assert.Equal(("0", "30", "12"), (bar.GetAttribute("aria-valuemin"), bar.GetAttribute("aria-valuemax"), bar.GetAttribute("aria-valuenow")));
    }

    [Fact]
    public void The_job_is_labelled_with_its_prompt()
    {
        var cut = Render<JobProgress>(p => p.Add(c => c.Generation, Sample.Queued("a teal hexagon")));

        Assert.Equal("a teal hexagon", cut.Find(".job-prompt").TextContent);
    }
}
