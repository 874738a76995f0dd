namespace Reelwright.Data.Comments;

/// <summary>
/// A note on a frame or a range of frames of one version, optionally pointing at a spot (normalised x, y in [0, 1])
/// of the frame. Replies hang off a top-level comment; resolving applies to the thread.
/// </summary>
public sealed class Comment
{
    public Guid Id { get; init; }
    public Guid GenerationId { get; init; }
    public Guid TeamId { get; init; }
    public Guid AuthorId { get; init; }
    public Guid? ParentId { get; init; }
    public int StartFrame { get; init; }
    public int EndFrame { get; init; }
    public double? X { get; init; }
    public double? Y { get; init; }
    public required string Body { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public Guid? ResolvedBy { get; set; }
}
