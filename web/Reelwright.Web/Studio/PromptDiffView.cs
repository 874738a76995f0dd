namespace Reelwright.Web.Studio;

/// <summary>What changed from version From to version To: both texts word by word, and the settings that differ.</summary>
public sealed record PromptDiffView(
    int From,
    int To,
    IReadOnlyList<DiffPieceView> Text,
    IReadOnlyList<DiffPieceView> NegativeText,
    IReadOnlyList<ParameterChangeView> Parameters);
