namespace Reelwright.Api.Sweeps.Templates;

/// <summary>
/// Turns a prompt template and named variables into a sweep of prompts, with no I/O.
/// <list type="bullet">
/// <item><c>{{name}}</c> (spaces inside the braces allowed) takes each value of the variable <c>name</c>; a variable varies
/// once however often it appears, so "{{c}} and {{c}}" gives "red and red", never "red and blue".</item>
/// <item><c>{a|b|c}</c> gives one prompt per option. Options are taken literally, not trimmed, and may be empty:
/// "{|very }large" gives "large" and "very large". Groups are named "alt1", "alt2", … in order of appearance.</item>
/// <item>Braces cannot be nested or escaped, and a single-brace group needs a '|'.</item>
/// </list>
/// Prompts are the cartesian product of all variables and groups in order of first appearance, the last varying fastest.
/// Problems are returned, never thrown, and all are found before anything is expanded.
/// </summary>
public static class PromptTemplates
{
    public static TemplateParse Parse(string template) => TemplateParser.Parse(template);

    /// <summary>Everything wrong with the template and its variables, and the number of prompts it would expand to.</summary>
    public static TemplateCheck Check(string template, IReadOnlyDictionary<string, IReadOnlyList<string>> variables)
    {
        var parse = Parse(template);
        var problems = parse.Problems.Concat(VariableRules.EmptyValues(variables)).ToList();
        if (parse.Template is not { } parsed)
            return new TemplateCheck(null, problems, 0);
        problems.AddRange(VariableRules.Mismatches(parsed, variables));
        if (problems.Count > 0)
            return new TemplateCheck(parsed, problems, 0);

        try
        {
            return new TemplateCheck(parsed, [], CountOf(parsed, variables));
        }
        catch (OverflowException)
        {
            return new TemplateCheck(parsed, [TemplateProblem.InVariables($"The template expands to more than {long.MaxValue:N0} prompts; use fewer values or alternatives.")], 0);
        }
    }

    /// <summary>
    /// How many prompts <paramref name="template"/> expands to, without expanding it: the product of the number of values of
    /// each variable it uses (0 for one not given) and the number of options of each inline group.
    /// </summary>
    /// <exception cref="OverflowException">The product does not fit in a <see cref="long"/>.</exception>
    public static long CountOf(ParsedTemplate template, IReadOnlyDictionary<string, IReadOnlyList<string>> variables) =>
        SweepAxis.Of(template, variables).Aggregate(1L, (count, axis) => checked(count * axis.Values.Count));

    /// <summary>
    /// Every prompt of the sweep, or the problems <see cref="Check"/> finds and no prompts. A sweep of more than
    /// <paramref name="maxPrompts"/> prompts is refused before anything is expanded.
    /// </summary>
    public static TemplateExpansion Expand(string template, IReadOnlyDictionary<string, IReadOnlyList<string>> variables, int maxPrompts)
    {
        var check = Check(template, variables);
        if (check.Template is not { } parsed || !check.IsValid)
            return new TemplateExpansion([], check.Problems);
        if (check.Count > maxPrompts)
            return new TemplateExpansion([], [TemplateProblem.InVariables(
                $"The template expands to {check.Count:N0} prompts, more than the limit of {maxPrompts:N0}; use fewer values or alternatives.")]);

        return new TemplateExpansion(SweepExpander.Expand(parsed, SweepAxis.Of(parsed, variables), (int)check.Count), []);
    }
}
