namespace Reelwright.Api.Sweeps.Templates;

/// <summary>Text copied into every prompt as written.</summary>
public sealed record LiteralText(string Text) : TemplateSegment;
