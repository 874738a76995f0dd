namespace Reelwright.Api.Prompts;

/// <summary>What GET /api/prompts narrows the caller's prompts to; every filter is optional and they combine.</summary>
/// <param name="Q">Words in the prompt's name or its latest version's text (case-insensitive).</param>
/// <param name="Label">Only prompts carrying this label (e.g. approved).</param>
/// <param name="ModelId">Only prompts whose latest version uses this model.</param>
/// <param name="From">Only prompts last saved at or after this time.</param>
/// <param name="To">Only prompts last saved before this time.</param>
/// <param name="Favourites">Only prompts the caller starred.</param>
/// <param name="ProjectId">Only this project's prompts.</param>
public sealed record PromptSearch(
    string? Q = null, string? Label = null, string? ModelId = null, DateTimeOffset? From = null, DateTimeOffset? To = null, bool Favourites = false, Guid? ProjectId = null);

/// <param name="LatestText">The text of its newest version.</param>
/// <param name="Favourite">Whether the caller starred it.</param>
public sealed record PromptSummaryResponse(
    Guid Id, Guid ProjectId, string Name, int LatestVersion, string LatestText, string ModelId, IReadOnlyList<string> Labels, DateTimeOffset UpdatedAt, bool Favourite);

/// <summary>One page of prompts, last saved first. Pass NextCursor back as ?cursor= for the next page; null means the end.</summary>
public sealed record PromptPage(IReadOnlyList<PromptSummaryResponse> Items, string? NextCursor);
