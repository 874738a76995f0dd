using Reelwright.Api.Prompts;
using Reelwright.Data.Prompts;

namespace Reelwright.Api.Sweeps;

/// <summary>
/// Where a sweep's prompts come from: the request's template, or one saved prompt version (the "version" axis). A
/// version brings its text, negative text, model, variables and any parameters it fixes; the request's axes override them.
/// </summary>
public sealed record SweepSource(
    string Template, IReadOnlyDictionary<string, IReadOnlyList<string>> Variables, string? NegativePrompt, string? ModelId,
    long? Seed = null, int? Steps = null, double? Guidance = null, int? Version = null)
{
    public static SweepSource Of(CreateSweepRequest request) =>
        new(request.Template ?? "", VariablesOf(request.Variables), request.NegativePrompt, request.ModelId);

    /// <summary>The request's variables, when it names any, replace the version's own.</summary>
    public static SweepSource Of(PromptVersion version, CreateSweepRequest request) =>
        new(version.Text, VariablesOf(request.Variables ?? PromptVariables.FromJson(version.Variables)), version.NegativeText, version.ModelId,
            version.Seed, version.Steps, version.Guidance, version.Number);

    private static Dictionary<string, IReadOnlyList<string>> VariablesOf(Dictionary<string, List<string>>? variables) =>
        (variables ?? []).ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value);
}
