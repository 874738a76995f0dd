namespace Reelwright.Web.Studio;

/// <summary>The prompts the signed-in user starred, newest first (the prompt half of GET /api/favourites).</summary>
public sealed record PromptFavouritesView(IReadOnlyList<Guid> PromptIds);
