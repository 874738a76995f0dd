namespace Reelwright.Data.Sharing;

/// <summary>One account liking one public clip: at most one per account and clip.</summary>
public sealed class Like
{
    public Guid GenerationId { get; init; }
    public Guid UserId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
