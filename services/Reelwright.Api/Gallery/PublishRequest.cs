namespace Reelwright.Api.Gallery;

/// <param name="Title">What the gallery calls it, 1 to 200 characters.</param>
/// <param name="HideRecipe">Keep the prompt and recipe to the team: the gallery shows the clip alone, and nobody can remix it.</param>
public sealed record PublishRequest(string? Title, bool HideRecipe = false);
