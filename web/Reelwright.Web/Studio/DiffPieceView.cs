namespace Reelwright.Web.Studio;

/// <summary>A run of text of a word-level diff; the Same and Deleted pieces joined give the older text, Same and Inserted the newer.</summary>
public sealed record DiffPieceView(DiffPieceKind Kind, string Text);
