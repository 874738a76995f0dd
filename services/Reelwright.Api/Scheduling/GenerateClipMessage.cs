using Reelwright.Contracts;
using Reelwright.Data.Generations;

namespace Reelwright.Api.Scheduling;

public static class GenerateClipMessage
{
    /// <summary>The job as a worker receives it: the whole recipe, so the worker needs no database.</summary>
    public static GenerateClip For(Generation g) =>
        new(g.Id, g.ModelId, g.Prompt, g.NegativePrompt, g.Seed, g.Steps, g.Guidance, g.CreatedAt, g.Scheduler, g.Keyframes, g.FramesBetween, g.EndPrompt);
}
