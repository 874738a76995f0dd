namespace Reelwright.Data.Favourites;

public enum FavouriteKind
{
    Prompt,
    Generation,
}
