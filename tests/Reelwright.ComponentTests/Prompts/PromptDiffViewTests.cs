using Bunit;
using Reelwright.Web.Studio;
using Xunit;
using DiffComponent = Reelwright.Web.Components.Prompts.PromptDiffView;

namespace Reelwright.ComponentTests.Prompts;

/// <summary>The diff of two prompt versions: words struck out and put in, and the settings that changed.</summary>
public sealed class PromptDiffViewTests : StudioTestContext
{
    private static readonly PromptDiffView Diff = new(2, 5,
        [
            new(DiffPieceKind.Same, "a "),
            new(DiffPieceKind.Deleted, "red"),
            new(DiffPieceKind.Inserted, "blue"),
            new(DiffPieceKind.Same, " circle drifting "),
            new(DiffPieceKind.Deleted, "left"),
            new(DiffPieceKind.Inserted, "right, slowly"),
        ],
        [new(DiffPieceKind.Inserted, "blurry")],
        [new("seed", "7", "42"), new("steps", null, "30"), new("variables", "colour = red | blue", "")]);

    [Fact]
    public void Insertions_are_marked_inserted_and_deletions_struck_out_with_the_words_that_changed()
    {
        var cut = Render<DiffComponent>(p => p.Add(d => d.Diff, Diff));

        var text = cut.Find("#diff-text");
        Assert.Equal(["red", "left"], text.QuerySelectorAll("del").Select(e => e.TextContent));
        Assert.Equal(["blue", "right, slowly"], text.QuerySelectorAll("ins").Select(e => e.TextContent));
        // Every piece shows once, in order, spaces kept: the old and new texts read through the marks.
        Assert.Equal("a redblue circle drifting leftright, slowly", text.TextContent);
        Assert.Equal(["blurry"], cut.Find("#diff-negative-text").QuerySelectorAll("ins").Select(e => e.TextContent));
        Assert.Empty(cut.Find("#diff-negative-text").QuerySelectorAll("del"));
        Assert.Contains("v2 to v5", cut.Find("h2").TextContent);
    }

    [Fact]
    public void Each_changed_setting_is_a_row_with_its_value_before_and_after()
    {
        var cut = Render<DiffComponent>(p => p.Add(d => d.Diff, Diff));

        var rows = cut.FindAll("#parameter-changes tbody tr");
        Assert.Equal(["seed", "steps", "variables"], rows.Select(r => r.GetAttribute("data-field")));
        Assert.Equal(["seed", "7", "42"], rows[0].QuerySelectorAll("td").Select(c => c.TextContent));
        Assert.Equal(["steps", "—", "30"], rows[1].QuerySelectorAll("td").Select(c => c.TextContent));
        Assert.Equal(["variables", "colour = red | blue", "—"], rows[2].QuerySelectorAll("td").Select(c => c.TextContent));
        Assert.Equal(["Field", "v2", "v5"], cut.FindAll("#parameter-changes th").Select(c => c.TextContent));
    }

    [Fact]
    public void Versions_with_the_same_settings_and_no_negative_text_say_so()
    {
        var cut = Render<DiffComponent>(p => p.Add(d => d.Diff, new PromptDiffView(1, 2, [new(DiffPieceKind.Same, "a red circle")], [], [])));

        Assert.Equal("a red circle", cut.Find("#diff-text").TextContent);
        Assert.Empty(cut.FindAll("ins, del"));
        Assert.NotNull(cut.Find("#no-parameter-changes"));
        Assert.Contains("None in either version", cut.Find("#diff-negative-text").TextContent);
    }
}
