namespace Reelwright.Web.Studio;

/// <summary>A label (draft, approved, any name) and the version it points at now.</summary>
public sealed record PromptLabelView(string Name, int Version, Guid MovedBy, DateTimeOffset MovedAt);
