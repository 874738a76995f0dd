namespace Reelwright.Data.Favourites;

/// <summary>Something a person starred to find again: one of their prompts or clips.</summary>
public sealed class Favourite
{
    public Guid UserId { get; init; }
    public FavouriteKind Kind { get; init; }
    public Guid TargetId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
