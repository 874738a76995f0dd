namespace Reelwright.Api.Sweeps.Templates;

/// <summary>A template split into segments; it knows nothing of the values its variables will take.</summary>
public sealed record ParsedTemplate(IReadOnlyList<TemplateSegment> Segments)
{
    /// <summary>Each variable the template uses, once, in order of first appearance.</summary>
    public IReadOnlyList<string> VariableNames =>
        Segments.OfType<VariablePlaceholder>().Select(v => v.Name).Distinct(StringComparer.Ordinal).ToList();

    public IReadOnlyList<AlternativeGroup> AlternativeGroups => Segments.OfType<AlternativeGroup>().ToList();
}
