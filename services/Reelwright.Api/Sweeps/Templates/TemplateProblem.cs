namespace Reelwright.Api.Sweeps.Templates;

/// <summary>Why a template cannot be expanded. <paramref name="Field"/> is "template" or "variables", the input to fix.</summary>
public sealed record TemplateProblem(string Field, string Message)
{
    public static TemplateProblem InTemplate(string message) => new("template", message);

    public static TemplateProblem InVariables(string message) => new("variables", message);
}
