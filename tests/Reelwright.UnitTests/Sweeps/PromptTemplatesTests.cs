using Reelwright.Api.Sweeps.Templates;
using Xunit;

namespace Reelwright.UnitTests.Sweeps;

public sealed class PromptTemplatesTests
{
    private const int Limit = 1000;

    [Fact]
    public void Plain_text_is_one_prompt_with_no_values()
    {
        var prompt = Assert.Single(Expand("a red circle", new()).Prompts);

        Assert.Equal("a red circle", prompt.Text);
        Assert.Empty(prompt.Values);
    }

    [Fact]
    public void One_variable_gives_one_prompt_per_value_in_the_given_order()
    {
        var expansion = Expand("a {{colour}} circle", new() { ["colour"] = ["red", "blue", "green"] });

        Assert.Equal(["a red circle", "a blue circle", "a green circle"], Texts(expansion));
    }

    [Fact]
    public void Two_variables_vary_in_order_of_appearance_with_the_last_fastest()
    {
        var expansion = Expand("{{motion}} {{colour}}", new() { ["colour"] = ["red", "blue"], ["motion"] = ["rising", "falling"] });

        Assert.Equal(["rising red", "rising blue", "falling red", "falling blue"], Texts(expansion));
    }

    [Fact]
    public void A_variable_used_twice_takes_the_same_value_in_both_places()
    {
        var expansion = Expand("{{c}} and {{c}}", new() { ["c"] = ["red", "blue"] });

        Assert.Equal(["red and red", "blue and blue"], Texts(expansion));
    }

    [Fact]
    public void Spaces_inside_the_double_braces_are_ignored()
    {
        var expansion = Expand("a {{ colour }} circle", new() { ["colour"] = ["red"] });

        Assert.Equal(["a red circle"], Texts(expansion));
    }

    [Fact]
    public void Inline_alternatives_give_one_prompt_each()
    {
        var expansion = Expand("on a {black|white|grey} background", new());

        Assert.Equal(["on a black background", "on a white background", "on a grey background"], Texts(expansion));
    }

    [Fact]
    public void Several_alternative_groups_vary_independently()
    {
        var expansion = Expand("{big|small} {red|blue}", new());

        Assert.Equal(["big red", "big blue", "small red", "small blue"], Texts(expansion));
    }

    [Fact]
    public void An_alternative_may_be_empty_and_is_taken_literally()
    {
        var expansion = Expand("a {|very }large { circle|square }", new());

        Assert.Equal(["a large  circle", "a large square ", "a very large  circle", "a very large square "], Texts(expansion));
    }

    [Fact]
    public void Variables_and_alternatives_mix_in_order_of_appearance()
    {
        var expansion = Expand("a {{colour}} circle {{motion}} on a {black|white} background",
            new() { ["colour"] = ["red", "blue", "green"], ["motion"] = ["rising", "falling"] });

        Assert.Equal(12, expansion.Prompts.Count);
        Assert.Equal("a red circle rising on a black background", expansion.Prompts[0].Text);
        Assert.Equal("a red circle rising on a white background", expansion.Prompts[1].Text);
        Assert.Equal("a red circle falling on a black background", expansion.Prompts[2].Text);
        Assert.Equal("a green circle falling on a white background", expansion.Prompts[11].Text);
    }

    [Fact]
    public void Each_prompt_records_the_value_each_variable_and_group_took_in_order_of_appearance()
    {
        var expansion = Expand("{{colour}} {big|small} {{motion}} {on|off}", new() { ["motion"] = ["rising"], ["colour"] = ["red", "blue"] });

        var prompt = expansion.Prompts[5];
        Assert.Equal("blue big rising off", prompt.Text);
        Assert.Equal(["colour", "alt1", "motion", "alt2"], prompt.Values.Keys);
        Assert.Equal(["blue", "big", "rising", "off"], prompt.Values.Values);
    }

    [Fact]
    public void Check_counts_the_prompts_without_expanding()
    {
        var check = PromptTemplates.Check("{{a}} {{b}} {{a}} {x|y|z}", Variables(new() { ["a"] = ["1", "2"], ["b"] = ["1", "2", "3", "4"] }));

        Assert.True(check.IsValid);
        Assert.Equal(2 * 4 * 3, check.Count);
    }

    [Fact]
    public void Count_of_plain_text_is_one()
    {
        var parsed = PromptTemplates.Parse("a red circle").Template!;

        Assert.Equal(1, PromptTemplates.CountOf(parsed, Variables(new())));
    }

    [Fact]
    public void A_huge_sweep_is_counted_and_refused_without_expanding()
    {
        var variables = Enumerable.Range(1, 10).ToDictionary(i => $"v{i}", _ => (IReadOnlyList<string>)Enumerable.Range(0, 10).Select(d => $"{d}").ToList());
        var template = string.Join(" ", variables.Keys.Select(name => $"{{{{{name}}}}}"));

        Assert.Equal(10_000_000_000, PromptTemplates.Check(template, variables).Count);
        var expansion = PromptTemplates.Expand(template, variables, Limit);

        Assert.Empty(expansion.Prompts);
        var problem = Assert.Single(expansion.Problems);
        Assert.Equal("variables", problem.Field);
        Assert.Contains("10,000,000,000 prompts, more than the limit of 1,000", problem.Message);
    }

    [Fact]
    public void A_count_too_large_for_a_long_is_a_problem_not_an_exception()
    {
        var template = string.Concat(Enumerable.Repeat("{0|1|2|3|4|5|6|7|8|9}", 20));

        var check = PromptTemplates.Check(template, Variables(new()));

        Assert.Equal(0, check.Count);
        Assert.Contains("more than 9,223,372,036,854,775,807 prompts", Assert.Single(check.Problems).Message);
    }

    [Fact]
    public void A_sweep_exactly_at_the_limit_is_expanded()
    {
        Assert.Equal(3, Expand("{a|b|c}", new(), maxPrompts: 3).Prompts.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_template_is_refused(string template)
    {
        AssertProblem(template, new(), "template", "The template is empty");
    }

    [Fact]
    public void An_unknown_variable_is_named_with_the_known_ones()
    {
        AssertProblem("a {{color}} {{size}}", new() { ["colour"] = ["red"], ["size"] = ["big"] }, "template",
            "The template uses {{color}}, but there is no variable 'color' (known variables: colour, size)");
    }

    [Fact]
    public void An_unknown_variable_with_no_variables_given_says_so()
    {
        AssertProblem("a {{colour}} circle", new(), "template", "no variables were given");
    }

    [Fact]
    public void A_variable_the_template_does_not_use_is_refused()
    {
        AssertProblem("a {{colour}} circle", new() { ["colour"] = ["red"], ["motion"] = ["rising"] }, "variables",
            "Variable 'motion' is not used in the template; add {{motion}} to the template or remove the variable.");
    }

    [Fact]
    public void A_variable_with_no_values_is_refused()
    {
        AssertProblem("a {{colour}} circle", new() { ["colour"] = [] }, "variables", "Variable 'colour' has no values");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_value_is_refused_with_its_position(string blank)
    {
        AssertProblem("a {{colour}} circle", new() { ["colour"] = ["red", blank] }, "variables", "Value 2 of variable 'colour' is blank");
    }

    [Fact]
    public void A_variable_named_like_an_alternative_group_is_refused()
    {
        AssertProblem("{{alt1}} {a|b}", new() { ["alt1"] = ["x"] }, "variables", "Variable 'alt1' has the name given to the template's inline alternatives group 1");
    }

    [Theory]
    [InlineData("a {{colour circle", "The '{{' at character 3 is never closed; add '}}'.")]
    [InlineData("a {red|blue circle", "The '{' at character 3 is never closed; add '}'.")]
    [InlineData("a red} circle", "The '}' at character 6 closes nothing")]
    [InlineData("a {{colour}}} circle", "The '}' at character 13 closes nothing")]
    [InlineData("a {big {red|blue}|small} circle", "\"{big {red|blue}\" at character 3 has braces inside braces")]
    [InlineData("a {{ {colour} }} circle", "has braces inside braces")]
    [InlineData("a {{}} circle", "The '{{}}' at character 3 has no variable name")]
    [InlineData("a {{two words}} circle", "\"{{two words}}\" at character 3 is not a variable name; names use only letters, digits, '_' and '-'.")]
    public void Broken_braces_are_refused_with_where_they_are(string template, string message)
    {
        AssertProblem(template, new(), "template", message);
    }

    [Fact]
    public void Single_braces_without_a_bar_suggest_a_variable_or_alternatives()
    {
        AssertProblem("a {colour} circle", new(), "template",
            "\"{colour}\" at character 3 is neither a variable nor alternatives; use {{colour}} for a variable or {a|b} for alternatives.");
    }

    [Fact]
    public void Every_problem_is_reported_at_once_and_nothing_is_expanded()
    {
        var expansion = Expand("a {colour} {{ shape }} {{bad name}}", new() { ["size"] = [] });

        Assert.Empty(expansion.Prompts);
        Assert.Equal(["template", "template", "variables"], expansion.Problems.Select(p => p.Field));
    }

    [Fact]
    public void Parse_returns_the_segments_in_order()
    {
        var parse = PromptTemplates.Parse("a {{colour}} circle {big|small}");

        Assert.True(parse.IsValid);
        Assert.Equal<TemplateSegment>(
            [new LiteralText("a "), new VariablePlaceholder("colour"), new LiteralText(" circle "), new AlternativeGroup("alt1", ["big", "small"])],
            parse.Template!.Segments, SegmentComparer.Instance);
        Assert.Equal(["colour"], parse.Template.VariableNames);
    }

    private static TemplateExpansion Expand(string template, Dictionary<string, IReadOnlyList<string>> variables, int maxPrompts = Limit) =>
        PromptTemplates.Expand(template, Variables(variables), maxPrompts);

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Variables(Dictionary<string, IReadOnlyList<string>> variables) => variables;

    private static IEnumerable<string> Texts(TemplateExpansion expansion)
    {
        Assert.Empty(expansion.Problems);
        return expansion.Prompts.Select(p => p.Text);
    }

    private static void AssertProblem(string template, Dictionary<string, IReadOnlyList<string>> variables, string field, string message)
    {
        var check = PromptTemplates.Check(template, Variables(variables));
        var expansion = Expand(template, variables);

        Assert.Empty(expansion.Prompts);
        Assert.Equal(check.Problems, expansion.Problems);
        Assert.Equal(0, check.Count);
        Assert.Contains(check.Problems, p => p.Field == field && p.Message.Contains(message, StringComparison.Ordinal));
    }

    // Records holding lists compare the lists by reference, so segments are compared by content here.
    private sealed class SegmentComparer : IEqualityComparer<TemplateSegment>
    {
        public static readonly SegmentComparer Instance = new();

        public bool Equals(TemplateSegment? x, TemplateSegment? y) => (x, y) switch
        {
            (AlternativeGroup a, AlternativeGroup b) => a.Name == b.Name && a.Options.SequenceEqual(b.Options),
            _ => object.Equals(x, y),
        };

        public int GetHashCode(TemplateSegment segment) => 0;
    }
}
