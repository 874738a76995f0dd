using System.Text.Json.Serialization;

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
/// <param name="Scheduler">Stable Diffusion models only: one of the model's schedulers ("euler", "lcm").</param>
/// <param name="Keyframes">Stable Diffusion models only: images the clip walks through, each from its own seed (seed, seed + 1, ...).</param>
/// <param name="FramesBetween">Stable Diffusion models only: frames interpolated between two keyframes.</param>
/// <param name="EndPrompt">Stable Diffusion models only: a second prompt the walk moves towards, reached on the last frame.</param>
/// <param name="ProjectId">The project it belongs to (see GET /api/me); the caller's first project they may generate in when omitted.</param>
/// <param name="Visibility">Private (only you), Team (the project's team; the default) or Public (anyone).</param>
/// <param name="ParentGenerationId">The clip this one is a new version of (a re-run or an edit of its recipe): it joins that clip's shot with the next version number.</param>
/// <param name="PromptId">The prompt the form was loaded from: the clip is linked to its version, and a changed form saves a new version first.</param>
/// <param name="PromptVersion">The version the form was loaded from (the latest when omitted); a new version branches from it.</param>
/// <param name="RemixOfId">The gallery clip whose recipe this remixes: it must be published with its recipe shown, and is credited as the original.</param>
public sealed record SubmitGenerationRequest(
    string? Prompt,
    string? NegativePrompt = null,
    long? Seed = null,
    int? Steps = null,
    double? Guidance = null,
    string? ModelId = null,
    string? Scheduler = null,
    int? Keyframes = null,
    int? FramesBetween = null,
    string? EndPrompt = null,
    Guid? ProjectId = null,
    string? Visibility = null,
    Guid? ParentGenerationId = null,
    Guid? PromptId = null,
    int? PromptVersion = null,
    // Left out of the request fingerprint when absent, so requests fingerprinted before remixes existed still match their retries.
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? RemixOfId = null);
