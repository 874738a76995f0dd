namespace Reelwright.Web.Studio;

public sealed record GenerationPageView(IReadOnlyList<GenerationView> Items, string? NextCursor);
