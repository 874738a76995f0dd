using Bunit;
using Reelwright.Web.Components.Pages.Sweeps;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Sweeps;

/// <summary>The list of sweeps: each with when it started and how far it has got, linking to its contact sheet.</summary>
public sealed class SweepListTests : StudioTestContext
{
    [Fact]
    public void Each_sweep_shows_its_name_start_and_progress_and_links_to_its_page()
    {
        var sweep = SweepSample.ThreeAxes();
        var half = sweep.Cells.Take(4).Aggregate(sweep, (s, c) => s.With(c.Generation.Succeeded())) with { Cells = [] };
        Api.SweepList.Add(half);

        var cut = Render<SweepList>();

        var row = cut.Find($"tr[data-sweep-id='{sweep.Id}']");
        Assert.Equal(sweep.Name, row.QuerySelector(".name a")!.TextContent);
        Assert.Equal($"sweeps/{sweep.Id}", row.QuerySelector(".name a")!.GetAttribute("href"));
        Assert.Equal("2025-11-25 12:00 UTC", row.QuerySelector(".created")!.TextContent);
        Assert.Equal("4 of 8 done", row.QuerySelector(".done")!.TextContent);
    }

    [Fact]
    public void Without_sweeps_the_page_says_so()
    {
        var cut = Render<SweepList>();

        Assert.Equal("No sweeps yet.", cut.Find(".empty").TextContent);
    }

    [Fact]
    public void An_unreachable_api_is_reported_in_words()
    {
        Api.Unreachable = new HttpRequestException("Connection refused");

        var cut = Render<SweepList>();

        Assert.Contains("not reachable", cut.Find(".load-error").TextContent);
    }
}
