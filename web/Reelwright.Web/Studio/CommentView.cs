namespace Reelwright.Web.Studio;

/// <summary>
/// A comment on a clip (GET /api/generations/{id}/comments, oldest first). Frames are 0-based and inclusive; X and Y,
/// when present, are a point normalised to [0, 1] from the picture's top-left. A reply carries its thread's id in ParentId.
/// </summary>
public sealed record CommentView(
    Guid Id,
    Guid GenerationId,
    Guid? ParentId,
    Guid AuthorId,
    string AuthorName,
    int StartFrame,
    int EndFrame,
    double? X,
    double? Y,
    string Body,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ResolvedAt,
    Guid? ResolvedBy,
    CommentRecipeView Recipe)
{
    public bool IsResolved => ResolvedAt is not null;
}
