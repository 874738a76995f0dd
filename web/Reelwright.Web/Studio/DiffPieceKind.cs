namespace Reelwright.Web.Studio;

/// <summary>Whether a piece of text is in both versions, only the newer one, or only the older one.</summary>
public enum DiffPieceKind
{
    Same,
    Inserted,
    Deleted,
}
