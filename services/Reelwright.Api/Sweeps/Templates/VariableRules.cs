namespace Reelwright.Api.Sweeps.Templates;

/// <summary>What must hold between a template and its variables before it can be expanded. Names are case-sensitive.</summary>
internal static class VariableRules
{
    /// <summary>Variables with no values or a blank value, whatever the template.</summary>
    public static IEnumerable<TemplateProblem> EmptyValues(IReadOnlyDictionary<string, IReadOnlyList<string>> variables)
    {
        foreach (var (name, values) in variables)
        {
            if (values.Count == 0)
                yield return TemplateProblem.InVariables($"Variable '{name}' has no values; give it at least one, or remove it.");
            for (var i = 0; i < values.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(values[i]))
                    yield return TemplateProblem.InVariables($"Value {i + 1} of variable '{name}' is blank; give it text, or remove it.");
            }
        }
    }

    /// <summary>Variables the template uses but were not given, were given but not used, or share a name with an inline group.</summary>
    public static IEnumerable<TemplateProblem> Mismatches(ParsedTemplate template, IReadOnlyDictionary<string, IReadOnlyList<string>> variables)
    {
        var used = template.VariableNames;
        var known = variables.Count == 0 ? "no variables were given" : $"known variables: {string.Join(", ", variables.Keys)}";
        foreach (var name in used.Where(n => !variables.ContainsKey(n)))
            yield return TemplateProblem.InTemplate($"The template uses {{{{{name}}}}}, but there is no variable '{name}' ({known}); add it or fix the name.");

        foreach (var name in variables.Keys.Where(n => !used.Contains(n)))
            yield return TemplateProblem.InVariables($"Variable '{name}' is not used in the template; add {{{{{name}}}}} to the template or remove the variable.");

        // Values records both kinds of axis in one dictionary, so a variable cannot borrow a group's name.
        foreach (var group in template.AlternativeGroups.Where(g => used.Contains(g.Name)))
            yield return TemplateProblem.InVariables(
                $"Variable '{group.Name}' has the name given to the template's inline alternatives group {group.Name[3..]}; rename the variable.");
    }
}
