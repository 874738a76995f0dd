namespace Reelwright.Web.Studio;

/// <summary>A prompt as the search lists it: its latest version's text, its labels, and whether the caller starred it.</summary>
public sealed record PromptSummaryView(
    Guid Id,
    Guid ProjectId,
    string Name,
    int LatestVersion,
    string LatestText,
    string ModelId,
    IReadOnlyList<string> Labels,
    DateTimeOffset UpdatedAt,
    bool Favourite);
