namespace Reelwright.Api.Favourites;

/// <summary>What the caller starred, newest first.</summary>
public sealed record FavouritesResponse(IReadOnlyList<Guid> PromptIds, IReadOnlyList<Guid> GenerationIds);
