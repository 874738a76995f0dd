using Bunit;
using Reelwright.Web.Components.Pages.Sweeps;
using Reelwright.Web.Components.Sweeps;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Sweeps;

/// <summary>A sweep's page: its progress, canceling it, and its contact sheet filling in as clips finish.</summary>
public sealed class SweepDetailsTests : StudioTestContext
{
    private readonly SweepView _sweep;

    public SweepDetailsTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        JSInterop.SetupModule(ContactSheet.ModulePath);
        var cells = SweepSample.ThreeAxes().Cells.Take(4).ToList();
        cells[0] = cells[0].Succeeded();
        cells[1] = cells[1].AtStep(3);
        _sweep = SweepSample.Of("Circles in two colours", ["colour", "alt1", "seed"], cells);
        Api.Sweeps[_sweep.Id] = _sweep;
    }

    [Fact]
    public void The_page_shows_the_sweeps_name_and_how_many_cells_are_done()
    {
        var cut = RenderPage();

        Assert.Equal("Circles in two colours", cut.Find("#sweep-name").TextContent);
        Assert.Equal("1 of 4 done", cut.Find(".sweep-progress .done").TextContent);
        var bar = cut.Find(".sweep-progress [role=progressbar]");
        Assert.Equal("1", bar.GetAttribute("aria-valuenow"));
        Assert.Equal("4", bar.GetAttribute("aria-valuemax"));
    }

    [Fact]
    public async Task A_clip_finishing_fills_its_cell_and_moves_the_progress()
    {
        var cut = RenderPage();
        var running = _sweep.Cells[1].Generation;

        await Updates.PushAsync(running.Succeeded());

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll($".cell[data-generation-id='{running.Id}'] video")));
        Assert.Equal("2 of 4 done", cut.Find(".sweep-progress .done").TextContent);
    }

    [Fact]
    public async Task A_failure_pushed_live_shows_in_its_cell_and_in_the_count()
    {
        var cut = RenderPage();
        var queued = _sweep.Cells[2].Generation;

        await Updates.PushAsync(queued.Failed("No worker has this model."));

        cut.WaitForAssertion(() =>
            Assert.Equal("Failed: No worker has this model.", cut.Find($".cell[data-generation-id='{queued.Id}'] .cell-status").TextContent));
        Assert.Equal(" · 1 failed", cut.Find(".sweep-progress .failed").TextContent);
    }

    [Fact]
    public async Task Updates_about_clips_outside_the_sweep_change_nothing()
    {
        var cut = RenderPage();

        await Updates.PushAsync(Sample.Queued("someone else's clip").Succeeded());

        Assert.Equal("1 of 4 done", cut.Find(".sweep-progress .done").TextContent);
        Assert.Equal(4, cut.FindAll(".cell").Count);
    }

    [Fact]
    public async Task After_a_dropped_connection_the_sweep_is_read_again()
    {
        var cut = RenderPage();
        Api.Sweeps[_sweep.Id] = _sweep.With(_sweep.Cells[1].Generation.Succeeded()).With(_sweep.Cells[2].Generation.Succeeded());

        await Updates.ReconnectAsync();

        cut.WaitForAssertion(() => Assert.Equal("3 of 4 done", cut.Find(".sweep-progress .done").TextContent));
        Assert.Equal(3, cut.FindAll(".cell video").Count);
    }

    [Fact]
    public void Cancel_sweep_asks_the_api_and_shows_the_unfinished_cells_canceled()
    {
        var cut = RenderPage();

        cut.Find("#cancel-sweep").Click();

        Assert.Equal([_sweep.Id], Api.CanceledSweeps);
        Assert.Equal("4 of 4 done", cut.Find(".sweep-progress .done").TextContent);
        Assert.Equal(3, cut.FindAll(".cell-status").Count(s => s.TextContent == "Canceled"));
        Assert.Empty(cut.FindAll("#cancel-sweep"));
        Assert.NotNull(cut.Find("#sweep-canceled"));
    }

    [Fact]
    public void A_refused_cancel_says_why()
    {
        Api.Refusals[nameof(IStudioApi.CancelSweepAsync)] = new StudioProblemException(System.Net.HttpStatusCode.Forbidden,
            new Dictionary<string, string[]> { [""] = ["Only its author or an owner of its team may cancel this sweep."] });
        var cut = RenderPage();

        cut.Find("#cancel-sweep").Click();

        Assert.Equal("Only its author or an owner of its team may cancel this sweep.", cut.Find(".field-error").TextContent);
        Assert.Equal("1 of 4 done", cut.Find(".sweep-progress .done").TextContent);
    }

    [Fact]
    public void A_finished_sweep_offers_no_cancel()
    {
        Api.Sweeps[_sweep.Id] = _sweep.Cells.Aggregate(_sweep, (s, c) => s.With(c.Generation.Succeeded()));

        var cut = RenderPage();

        Assert.Equal("4 of 4 done", cut.Find(".sweep-progress .done").TextContent);
        Assert.Empty(cut.FindAll("#cancel-sweep"));
    }

    private IRenderedComponent<SweepDetails> RenderPage() => Render<SweepDetails>(p => p.Add(c => c.Id, _sweep.Id));
}
