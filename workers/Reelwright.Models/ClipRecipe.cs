namespace Reelwright.Models;

/// <summary>
/// Everything that decides a clip's pixels besides the model itself: the same recipe on the same model and
/// execution provider gives byte-identical frames. An empty negative prompt means "no negative prompt".
/// </summary>
public sealed record ClipRecipe(string Prompt, string NegativePrompt, long Seed, int Steps, double Guidance);
