using Bunit;
using Reelwright.ComponentTests.Fakes;
using Reelwright.Web.Components.Workspace;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Workspace;

public sealed class HistoryStripTests : StudioTestContext
{
    private readonly GenerationView _succeeded = Sample.Queued("a finished clip").Succeeded();
    private readonly GenerationView _queued = Sample.Queued("still waiting");
    private readonly GenerationView _running = Sample.Queued("half way", steps: 20).AtStep(10);
    private readonly GenerationView _failed = Sample.Queued("went wrong").AtStep(4).Failed("out of memory");

    [Fact]
    public void A_succeeded_generation_shows_its_poster()
    {
        var cut = RenderStrip([_succeeded]);

        var poster = cut.Find($"[data-generation-id='{_succeeded.Id}'] img");
        Assert.Equal($"{FakeStudioApi.PublicBaseUrl}/media/{_succeeded.Id}/poster.png", poster.GetAttribute("src"));
        Assert.Equal("a finished clip", poster.GetAttribute("alt"));
    }

    [Fact]
    public void A_succeeded_generation_carries_its_animated_preview_for_hovering()
    {
        var cut = RenderStrip([_succeeded]);

        var preview = cut.Find($"[data-generation-id='{_succeeded.Id}'] img.preview");
        Assert.Equal($"{FakeStudioApi.PublicBaseUrl}/media/{_succeeded.Id}/preview.gif", preview.GetAttribute("src"));
        Assert.Equal("lazy", preview.GetAttribute("loading"));
    }

    [Fact]
    public void Unfinished_and_failed_generations_show_a_placeholder_saying_how_far_they_got()
    {
        var cut = RenderStrip([_queued, _running, _failed]);

        Assert.Empty(cut.FindAll("img"));
        Assert.Equal(["queued", "10/20", "failed"], cut.FindAll(".item .placeholder").Select(p => p.TextContent));
    }

    [Fact]
    public void Only_the_selected_generation_is_marked_selected()
    {
        var cut = RenderStrip([_succeeded, _running, _failed], selectedId: _running.Id);

        var selected = Assert.Single(cut.FindAll(".item.selected"));
        Assert.Equal(_running.Id.ToString(), selected.GetAttribute("data-generation-id"));
    }

    [Fact]
    public void Clicking_an_item_selects_that_generation()
    {
        GenerationView? picked = null;
        var cut = Render<HistoryStrip>(p => p
            .Add(c => c.Items, [_succeeded, _failed])
            .Add(c => c.OnSelect, g => picked = g));

        cut.Find($"[data-generation-id='{_failed.Id}']").Click();

        Assert.Equal(_failed, picked);
    }

    [Fact]
    public void More_is_offered_only_while_there_are_older_generations()
    {
        var loads = 0;
        var cut = Render<HistoryStrip>(p => p
            .Add(c => c.Items, [_succeeded])
            .Add(c => c.HasMore, true)
            .Add(c => c.OnLoadMore, () => loads++));

        cut.Find(".more").Click();
        cut.Render(p => p.Add(c => c.HasMore, false));

        Assert.Equal(1, loads);
        Assert.Empty(cut.FindAll(".more"));
    }

    private IRenderedComponent<HistoryStrip> RenderStrip(IReadOnlyList<GenerationView> items, Guid? selectedId = null) =>
        Render<HistoryStrip>(p => p.Add(c => c.Items, items).Add(c => c.SelectedId, selectedId));
}
