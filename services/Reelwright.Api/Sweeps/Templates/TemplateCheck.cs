namespace Reelwright.Api.Sweeps.Templates;

/// <summary>
/// A template checked against its variables. <paramref name="Count"/> is the number of prompts it would expand to,
/// known without expanding, so a caller can refuse a sweep that is too large; it is 0 when there are problems.
/// <paramref name="Template"/> is null only when the template itself does not parse.
/// </summary>
public sealed record TemplateCheck(ParsedTemplate? Template, IReadOnlyList<TemplateProblem> Problems, long Count)
{
    public bool IsValid => Problems.Count == 0;
}
