namespace Reelwright.Api.Sweeps.Templates;

/// <summary>The result of parsing: a template when there are no problems, otherwise only the problems.</summary>
public sealed record TemplateParse(ParsedTemplate? Template, IReadOnlyList<TemplateProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
