namespace Reelwright.Api.Generations;

/// <summary>One page of history, newest first. Pass NextCursor back as ?cursor= for the next page; null means the end.</summary>
public sealed record GenerationPage(IReadOnlyList<GenerationResponse> Items, string? NextCursor);
