namespace Reelwright.Models;

/// <summary>
/// Everything that decides a clip's pixels besides the model itself: the same recipe on the same model and
/// execution provider gives byte-identical frames. An empty negative prompt means "no negative prompt".
/// </summary>
/// <param name="Scheduler">Stable Diffusion models only; null for MiniSora's built-in sampler.</param>
/// <param name="Walk">Stable Diffusion models only: how the still images become a clip.</param>
public sealed record ClipRecipe(string Prompt, string NegativePrompt, long Seed, int Steps, double Guidance, string? Scheduler = null, LatentWalk? Walk = null)
{
    /// <summary>Sampler steps the whole clip takes: every frame of a latent walk is sampled on its own.</summary>
    public int TotalSteps => Steps * (Walk?.FrameCount ?? 1);
}
