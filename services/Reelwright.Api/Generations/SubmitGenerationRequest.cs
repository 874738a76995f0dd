namespace Reelwright.Api.Generations;

/// <summary>
/// A recipe to generate. Omitted fields take the model's defaults; an omitted seed is drawn at random and recorded,
/// so every clip can be reproduced.
/// </summary>
/// <param name="Prompt">What the clip should show, e.g. "a small red circle moving left on a blue background".</param>
/// <param name="NegativePrompt">What to steer away from: the sampler's unconditional branch. Empty means none.</param>
/// <param name="Seed">Starting noise, 0 to 4294967295. Random when omitted.</param>
/// <param name="Steps">Sampling steps, within the model's limits.</param>
/// <param name="Guidance">Classifier-free guidance scale, within the model's limits; 0 ignores the prompt.</param>
/// <param name="ModelId">Which model to run; see GET /api/models. Defaults to the built-in model.</param>
public sealed record SubmitGenerationRequest(
    string? Prompt,
    string? NegativePrompt = null,
    long? Seed = null,
    int? Steps = null,
    double? Guidance = null,
    string? ModelId = null);
