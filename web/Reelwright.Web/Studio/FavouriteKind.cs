namespace Reelwright.Web.Studio;

/// <summary>What can be starred; each has its own path under /api/favourites.</summary>
public enum FavouriteKind
{
    Prompts,
    Generations,
}
