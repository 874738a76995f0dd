namespace Reelwright.Web.Studio;

/// <summary>
/// What the workspace form submits; a null seed asks the API to draw one (and record it). The latent-walk settings
/// are null for models that do not walk (MiniSora), which the API requires. A null project leaves the clip outside
/// any project; Visibility says who besides its author may see it. A parent makes the clip the next version of
/// that clip's shot (and must be in the same project). A prompt version links the clip to it; when the recipe no
/// longer matches that version the API saves a new one, branched from it. A remix names the published clip whose
/// recipe it started from (its recipe must be visible).
/// </summary>
public sealed record GenerationRecipe(
    string Prompt,
    string NegativePrompt,
    long? Seed,
    int Steps,
    double Guidance,
    string ModelId,
    string? Scheduler = null,
    int? Keyframes = null,
    int? FramesBetween = null,
    string? EndPrompt = null,
    Guid? ProjectId = null,
    GenerationVisibility Visibility = GenerationVisibility.Team,
    Guid? ParentGenerationId = null,
    Guid? PromptId = null,
    int? PromptVersion = null,
    Guid? RemixOfId = null);
