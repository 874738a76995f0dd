namespace Reelwright.Web.Studio;

/// <summary>What the workspace form submits; a null seed asks the API to draw one (and record it).</summary>
public sealed record GenerationRecipe(string Prompt, string NegativePrompt, long? Seed, int Steps, double Guidance, string ModelId);
