namespace Reelwright.Web.Studio;

/// <summary>A page of activity, newest first; NextCursor asks for the page after it (null on the last).</summary>
public sealed record ActivityPageView(IReadOnlyList<ActivityView> Items, string? NextCursor);
