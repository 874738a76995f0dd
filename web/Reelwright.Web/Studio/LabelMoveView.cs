namespace Reelwright.Web.Studio;

/// <summary>One recorded move of a prompt's label; FromVersion is null when the move created the label.</summary>
public sealed record LabelMoveView(string Label, int? FromVersion, int ToVersion, Guid MovedBy, DateTimeOffset MovedAt);
