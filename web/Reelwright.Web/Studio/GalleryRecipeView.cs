namespace Reelwright.Web.Studio;

/// <summary>What a published clip was made from, when its author shows it: enough to make it again or remix it.</summary>
public sealed record GalleryRecipeView(
    string Prompt,
    string NegativePrompt,
    string ModelId,
    long Seed,
    int Steps,
    double Guidance,
    string? Scheduler,
    int? Keyframes,
    int? FramesBetween,
    string? EndPrompt)
{
    /// <summary>The recipe as the workspace form loads it; no project or prompt version comes from someone else's clip.</summary>
    public GenerationRecipe ToGenerationRecipe() =>
        new(Prompt, NegativePrompt, Seed, Steps, Guidance, ModelId, Scheduler, Keyframes, FramesBetween, EndPrompt);
}
