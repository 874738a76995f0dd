namespace Reelwright.Api.Generations;

/// <summary>What GET /api/generations narrows the history to; every filter is optional and they combine.</summary>
/// <param name="Q">Words in the prompt (case-insensitive).</param>
/// <param name="ModelId">Only clips of this model.</param>
/// <param name="From">Only those created at or after this time.</param>
/// <param name="To">Only those created before this time.</param>
/// <param name="AuthorId">Only this person's.</param>
/// <param name="Favourites">Only those the caller starred.</param>
/// <param name="ProjectId">Only this project's.</param>
/// <param name="PromptId">Only those generated from this prompt.</param>
/// <param name="PromptVersion">With PromptId: only those from this version of it.</param>
public sealed record GenerationFilter(
    string? Q = null, string? ModelId = null, DateTimeOffset? From = null, DateTimeOffset? To = null, Guid? AuthorId = null, bool Favourites = false, Guid? ProjectId = null,
    Guid? PromptId = null, int? PromptVersion = null);
