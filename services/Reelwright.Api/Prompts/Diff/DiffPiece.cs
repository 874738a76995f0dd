namespace Reelwright.Api.Prompts.Diff;

/// <summary>A run of text that is the same in both versions, or was inserted or deleted.</summary>
public sealed record DiffPiece(DiffKind Kind, string Text);
