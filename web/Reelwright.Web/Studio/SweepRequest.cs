namespace Reelwright.Web.Studio;

/// <summary>
/// What the sweep form submits (POST /api/sweeps): either a template with its variables, or a prompt's versions
/// (an axis named "version"). A null list leaves that axis out: one random seed, the model's default guidance or steps.
/// </summary>
public sealed record SweepRequest(
    Guid? ProjectId,
    string? Name,
    string? Template,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Variables,
    string? NegativePrompt,
    string? ModelId,
    IReadOnlyList<long>? Seeds,
    IReadOnlyList<double>? Guidance,
    IReadOnlyList<int>? Steps,
    Guid? PromptId = null,
    IReadOnlyList<int>? PromptVersions = null);
