namespace Reelwright.Api.Sweeps.Templates;

/// <summary>One piece of a parsed template: <see cref="LiteralText"/>, <see cref="VariablePlaceholder"/> or <see cref="AlternativeGroup"/>.</summary>
public abstract record TemplateSegment;
