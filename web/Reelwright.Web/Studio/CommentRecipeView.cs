namespace Reelwright.Web.Studio;

/// <summary>The recipe of the clip a comment was made on, so "regenerate from this note" knows where to start.</summary>
public sealed record CommentRecipeView(
    string ModelId, string Prompt, string NegativePrompt, long Seed, int Steps, double Guidance,
    string? Scheduler, int? Keyframes, int? FramesBetween, string? EndPrompt);
