namespace Reelwright.Web.Studio;

/// <summary>What the signed-in user has starred (GET /api/favourites).</summary>
public sealed record FavouritesView(IReadOnlyList<Guid> PromptIds, IReadOnlyList<Guid> GenerationIds);
