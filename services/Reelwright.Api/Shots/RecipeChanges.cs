using Reelwright.Data.Generations;

namespace Reelwright.Api.Shots;

/// <summary>What changed in a recipe from one version to the next: the labels on the lineage graph's edges.</summary>
public static class RecipeChanges
{
    /// <returns>The request field names whose values differ, in the order the workspace shows them; empty for a plain re-run.</returns>
    public static IReadOnlyList<string> Between(Generation parent, Generation child)
    {
        var changes = new List<string>();
        void Compare<T>(string field, T before, T after)
        {
            if (!EqualityComparer<T>.Default.Equals(before, after))
                changes.Add(field);
        }

        Compare("modelId", parent.ModelId, child.ModelId);
        Compare("prompt", parent.Prompt, child.Prompt);
        Compare("negativePrompt", parent.NegativePrompt, child.NegativePrompt);
        Compare("seed", parent.Seed, child.Seed);
        Compare("steps", parent.Steps, child.Steps);
        Compare("guidance", parent.Guidance, child.Guidance);
        Compare("scheduler", parent.Scheduler, child.Scheduler);
        Compare("keyframes", parent.Keyframes, child.Keyframes);
        Compare("framesBetween", parent.FramesBetween, child.FramesBetween);
        Compare("endPrompt", parent.EndPrompt, child.EndPrompt);
        return changes;
    }
}
