namespace Reelwright.Web.Studio;

/// <summary>A page of prompts, newest-updated first; NextCursor asks for the page after it (null on the last).</summary>
public sealed record PromptPageView(IReadOnlyList<PromptSummaryView> Items, string? NextCursor);
