using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Sweeps;

/// <summary>The live count of a template's prompts agrees with how the API expands it.</summary>
public sealed class SweepCellCountTests
{
    private static readonly Dictionary<string, IReadOnlyList<string>> Colours = new() { ["colour"] = ["red", "green", "blue"] };

    [Theory]
    [InlineData("a red circle", 1)]
    [InlineData("a {{colour}} circle", 3)]
    [InlineData("a {{ colour }} circle and a {{colour}} square", 3)] // a variable varies once however often it appears
    [InlineData("a {{colour}} circle {rising|falling}", 6)]
    [InlineData("{|very }large {{colour}} {a|b|c}", 18)]
    [InlineData("a {{size}} circle", 0)] // a variable with no values gives nothing (the API says which is missing)
    public void A_template_counts_the_product_of_its_variables_and_alternatives(string template, long prompts) =>
        Assert.Equal(prompts, SweepCellCount.PromptsOf(template, Colours));

    [Theory]
    [InlineData("")]
    [InlineData("a {{colour} circle")]
    [InlineData("a {colour} circle")]
    [InlineData("a {{colour}} circle }")]
    [InlineData("a {{ {colour} }} circle")]
    public void A_template_the_api_would_refuse_to_parse_is_not_counted(string template) =>
        Assert.Null(SweepCellCount.PromptsOf(template, Colours));
}
