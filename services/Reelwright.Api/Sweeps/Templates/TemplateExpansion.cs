namespace Reelwright.Api.Sweeps.Templates;

/// <summary>Every prompt of a sweep, or, when there are problems, the problems and no prompts.</summary>
public sealed record TemplateExpansion(IReadOnlyList<ExpandedPrompt> Prompts, IReadOnlyList<TemplateProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
