using Bunit;
using Reelwright.ComponentTests.Fakes;
using Reelwright.Web.Components.Sweeps;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Sweeps;

/// <summary>The contact sheet: cells laid out by the axes the user picks, what each cell shows, picking two to compare, playing in sync.</summary>
public sealed class ContactSheetTests : StudioTestContext
{
    private readonly BunitJSModuleInterop _module;

    public ContactSheetTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        _module = JSInterop.SetupModule(ContactSheet.ModulePath);
    }

    [Fact]
    public void Rows_and_columns_are_the_first_two_axes_the_cells_vary_on_and_the_rest_stack_in_a_slot()
    {
        var sweep = SweepSample.ThreeAxes();

        var cut = Render(sweep);

        Assert.Equal("colour", cut.Find("#row-axis").GetAttribute("value"));
        Assert.Equal("alt1", cut.Find("#column-axis").GetAttribute("value"));
        Assert.Equal(["colour red", "colour blue"], cut.FindAll("tbody th[scope=row]").Select(th => th.TextContent));
        Assert.Equal(["alt1 rising", "alt1 falling"], cut.FindAll("thead th[data-column]").Select(th => th.TextContent));
        var slot = cut.Find("td[data-row=blue][data-column=falling]");
        Assert.Equal(
            [sweep.CellWith(("colour", "blue"), ("alt1", "falling"), ("seed", "1")).Generation.Id.ToString(),
             sweep.CellWith(("colour", "blue"), ("alt1", "falling"), ("seed", "2")).Generation.Id.ToString()],
            slot.QuerySelectorAll(".cell").Select(c => c.GetAttribute("data-generation-id")));
        Assert.Equal(["seed 1", "seed 2"], slot.QuerySelectorAll(".caption").Select(c => c.TextContent));
    }

    [Fact]
    public void Picking_another_column_axis_lays_the_grid_out_again()
    {
        var sweep = SweepSample.ThreeAxes();
        var cut = Render(sweep);

        cut.Find("#column-axis").Change("seed");

        Assert.Equal(["seed 1", "seed 2"], cut.FindAll("thead th[data-column]").Select(th => th.TextContent));
        var slot = cut.Find("td[data-row=red][data-column='2']");
        Assert.Equal(
            [sweep.CellWith(("colour", "red"), ("alt1", "rising"), ("seed", "2")).Generation.Id.ToString(),
             sweep.CellWith(("colour", "red"), ("alt1", "falling"), ("seed", "2")).Generation.Id.ToString()],
            slot.QuerySelectorAll(".cell").Select(c => c.GetAttribute("data-generation-id")));
        Assert.Equal(["alt1 rising", "alt1 falling"], slot.QuerySelectorAll(".caption").Select(c => c.TextContent));
    }

    [Fact]
    public void Picking_the_columns_axis_for_the_rows_swaps_the_two()
    {
        var cut = Render(SweepSample.ThreeAxes());

        cut.Find("#row-axis").Change("alt1");

        Assert.Equal(["alt1 rising", "alt1 falling"], cut.FindAll("tbody th[scope=row]").Select(th => th.TextContent));
        Assert.Equal(["colour red", "colour blue"], cut.FindAll("thead th[data-column]").Select(th => th.TextContent));
        Assert.Equal("colour", cut.Find("#column-axis").GetAttribute("value"));
    }

    [Fact]
    public void A_sweep_that_varies_on_one_axis_is_a_single_row_across_it()
    {
        var sweep = SweepSample.Of("a {{colour}} circle", ["colour", "seed"],
            new[] { "red", "green", "blue" }.Select(colour => SweepSample.Cell(("colour", colour), ("seed", "7"))));

        var cut = Render(sweep);

        var row = Assert.Single(cut.FindAll("tbody tr"));
        Assert.Equal(["red", "green", "blue"], row.QuerySelectorAll("td").Select(td => td.GetAttribute("data-column")));
        Assert.Equal(3, row.QuerySelectorAll(".cell").Length);
    }

    [Fact]
    public void A_finished_cell_shows_its_clip_with_the_poster_and_links_its_caption_to_the_clip()
    {
        var done = SweepSample.Cell(("colour", "red"), ("seed", "1")).Succeeded();
        var sweep = SweepSample.Of("s", ["colour", "seed"], [done, SweepSample.Cell(("colour", "blue"), ("seed", "1"))]);

        var cut = Render(sweep);

        var cell = cut.Find($".cell[data-generation-id='{done.Generation.Id}']");
        var video = cell.QuerySelector("video")!;
        Assert.Equal($"{FakeStudioApi.PublicBaseUrl}/media/{done.Generation.Id}/poster.png", video.GetAttribute("poster"));
        Assert.Equal($"{FakeStudioApi.PublicBaseUrl}/media/{done.Generation.Id}/clip.mp4", video.GetAttribute("src"));
        Assert.True(video.HasAttribute("muted"));
        Assert.True(video.HasAttribute("loop"));
        Assert.True(video.HasAttribute("preload"));
        Assert.Equal($"clips/{done.Generation.Id}", cell.QuerySelector("a.caption")!.GetAttribute("href"));
    }

    [Fact]
    public void Unfinished_cells_show_where_their_job_stands_and_failed_ones_why()
    {
        var queued = SweepSample.Cell(("colour", "red"), ("seed", "1"));
        var running = SweepSample.Cell(("colour", "green"), ("seed", "1")).AtStep(5);
        var failed = SweepSample.Cell(("colour", "blue"), ("seed", "1")).Failed("The worker ran out of memory.");

        var cut = Render(SweepSample.Of("s", ["colour", "seed"], [queued, running, failed]));

        Assert.Equal("Queued", StatusOf(cut, queued));
        Assert.Equal("Step 5 of 20", StatusOf(cut, running));
        Assert.Equal("5", cut.Find($".cell[data-generation-id='{running.Generation.Id}'] [role=progressbar]").GetAttribute("aria-valuenow"));
        Assert.Equal("Failed: The worker ran out of memory.", StatusOf(cut, failed));
        Assert.Empty(cut.FindAll("video"));
    }

    [Fact]
    public void A_new_picture_of_the_sweep_fills_the_cell_that_finished()
    {
        var cell = SweepSample.Cell(("colour", "red"), ("seed", "1")).AtStep(19);
        var sweep = SweepSample.Of("s", ["colour", "seed"], [cell]);
        var cut = Render(sweep);

        cut.Render(p => p.Add(c => c.Sweep, sweep.With(cell.Generation.Succeeded())));

        Assert.Single(cut.FindAll($".cell[data-generation-id='{cell.Generation.Id}'] video"));
    }

    [Fact]
    public void The_compare_link_appears_only_while_exactly_two_clips_are_ticked()
    {
        var sweep = SweepSample.Of("s", ["colour", "seed"],
            new[] { "red", "green", "blue" }.Select(colour => SweepSample.Cell(("colour", colour), ("seed", "7")).Succeeded()));
        var (red, green, blue) = (sweep.Cells[0].Generation.Id, sweep.Cells[1].Generation.Id, sweep.Cells[2].Generation.Id);
        var cut = Render(sweep);

        Tick(cut, red, true);
        Assert.Empty(cut.FindAll("#compare-link"));

        Tick(cut, blue, true);
        Assert.Equal($"compare?a={red}&b={blue}", cut.Find("#compare-link").GetAttribute("href"));

        Tick(cut, green, true);
        Assert.Empty(cut.FindAll("#compare-link"));
        Assert.Equal("3 clips ticked; compare takes two.", cut.Find("#compare-hint").TextContent);

        Tick(cut, red, false);
        Assert.Equal($"compare?a={blue}&b={green}", cut.Find("#compare-link").GetAttribute("href"));
    }

    [Fact]
    public void Only_finished_clips_can_be_ticked_to_compare()
    {
        var done = SweepSample.Cell(("colour", "red"), ("seed", "1")).Succeeded();
        var queued = SweepSample.Cell(("colour", "blue"), ("seed", "1"));

        var cut = Render(SweepSample.Of("s", ["colour", "seed"], [done, queued]));

        Assert.Single(cut.FindAll($".cell[data-generation-id='{done.Generation.Id}'] .compare-pick"));
        Assert.Empty(cut.FindAll($".cell[data-generation-id='{queued.Generation.Id}'] .compare-pick"));
    }

    [Fact]
    public void Play_all_in_sync_starts_every_clip_together_and_unticking_stops_them()
    {
        var cut = Render(SweepSample.ThreeAxes());

        cut.Find("#play-in-sync").Change(true);
        cut.Find("#play-in-sync").Change(false);

        Assert.Equal([true, false], _module.Invocations["setSync"].Select(i => (bool)i.Arguments[1]!));
    }

    private IRenderedComponent<ContactSheet> Render(SweepView sweep) => Render<ContactSheet>(p => p.Add(c => c.Sweep, sweep));

    private static string StatusOf(IRenderedComponent<ContactSheet> cut, SweepCellView cell) =>
        cut.Find($".cell[data-generation-id='{cell.Generation.Id}'] .cell-status").TextContent;

    private static void Tick(IRenderedComponent<ContactSheet> cut, Guid generationId, bool ticked) =>
        cut.Find($".cell[data-generation-id='{generationId}'] .compare-pick").Change(ticked);
}
