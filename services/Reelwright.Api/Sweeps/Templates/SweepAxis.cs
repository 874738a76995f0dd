namespace Reelwright.Api.Sweeps.Templates;

/// <summary>
/// One dimension of the cartesian product: a variable (varied once however often it appears) or an inline group.
/// </summary>
internal sealed record SweepAxis(string Name, IReadOnlyList<string> Values)
{
    /// <summary>The axes in order of first appearance; a variable missing from <paramref name="variables"/> has no values.</summary>
    public static IReadOnlyList<SweepAxis> Of(ParsedTemplate template, IReadOnlyDictionary<string, IReadOnlyList<string>> variables)
    {
        var axes = new List<SweepAxis>();
        foreach (var segment in template.Segments)
        {
            if (segment is VariablePlaceholder variable && !axes.Exists(a => a.Name == variable.Name))
                axes.Add(new SweepAxis(variable.Name, variables.GetValueOrDefault(variable.Name) ?? []));
            else if (segment is AlternativeGroup group)
                axes.Add(new SweepAxis(group.Name, group.Options));
        }
        return axes;
    }
}
