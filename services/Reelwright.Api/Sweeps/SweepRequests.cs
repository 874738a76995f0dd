namespace Reelwright.Api.Sweeps;

/// <summary>
/// A sweep: the cartesian product of a prompt template's variables and alternatives (or of a prompt's chosen versions)
/// and the listed seeds, guidance values and steps.
/// </summary>
/// <param name="Template">The prompt, with {{variable}} placeholders and {a|b} alternatives, e.g. "a {{colour}} circle {rising|falling}".</param>
/// <param name="Variables">Each placeholder's values, e.g. {"colour": ["red", "blue"]}.</param>
/// <param name="Seeds">Seeds to try; one random seed for the whole sweep when omitted.</param>
/// <param name="Guidance">Guidance values to try; the model's default when omitted.</param>
/// <param name="Steps">Step counts to try; the model's default when omitted.</param>
/// <param name="Visibility">Private, Team (default) or Public, for every cell.</param>
/// <param name="PromptId">Sweep saved versions of this prompt instead of a template (the "version" axis).</param>
/// <param name="PromptVersions">Which versions: each brings its text, negative text, model, variables and fixed parameters; listed axes override them.</param>
public sealed record CreateSweepRequest(
    Guid? ProjectId,
    string? Name,
    string? Template,
    Dictionary<string, List<string>>? Variables,
    string? NegativePrompt = null,
    string? ModelId = null,
    List<long>? Seeds = null,
    List<double>? Guidance = null,
    List<int>? Steps = null,
    string? Visibility = null,
    Guid? PromptId = null,
    List<int>? PromptVersions = null);
