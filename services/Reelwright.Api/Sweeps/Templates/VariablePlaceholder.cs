namespace Reelwright.Api.Sweeps.Templates;

/// <summary>A <c>{{name}}</c> placeholder, replaced by each value of the variable <paramref name="Name"/>.</summary>
public sealed record VariablePlaceholder(string Name) : TemplateSegment;
