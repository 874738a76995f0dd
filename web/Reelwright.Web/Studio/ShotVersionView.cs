namespace Reelwright.Web.Studio;

/// <param name="Changes">The recipe fields (API names: "seed", "prompt", …) that differ from the parent's; empty for a re-run.</param>
public sealed record ShotVersionView(int Version, Guid? ParentGenerationId, IReadOnlyList<string> Changes, ReviewState ReviewState, GenerationView Generation);
