namespace Reelwright.Api.Comments;

/// <summary>The recipe of the version a comment was made on, so "regenerate from this note" knows where to start.</summary>
public sealed record CommentRecipe(string ModelId, string Prompt, string NegativePrompt, long Seed, int Steps, double Guidance,
    string? Scheduler, int? Keyframes, int? FramesBetween, string? EndPrompt);

/// <param name="StartFrame">0-based frame the comment starts on.</param>
/// <param name="EndFrame">0-based last frame it covers (equal to StartFrame for one frame).</param>
/// <param name="X">Normalised horizontal position of the point annotation (0 left, 1 right), if any.</param>
/// <param name="Y">Normalised vertical position (0 top, 1 bottom), if any.</param>
/// <param name="ParentId">The thread's first comment, for a reply.</param>
public sealed record CommentResponse(
    Guid Id, Guid GenerationId, Guid? ParentId, Guid AuthorId, string AuthorName, int StartFrame, int EndFrame, double? X, double? Y,
    string Body, DateTimeOffset CreatedAt, DateTimeOffset? ResolvedAt, Guid? ResolvedBy, CommentRecipe Recipe);

/// <param name="Body">The note, 1 to 4000 characters.</param>
/// <param name="StartFrame">0-based, within the clip; a reply takes its thread's frames and may leave it out.</param>
/// <param name="EndFrame">0-based last frame, from StartFrame to the clip's last; StartFrame when omitted.</param>
/// <param name="X">With Y, a point on the frame in [0, 1] (optional).</param>
/// <param name="Y">With X, a point on the frame in [0, 1] (optional).</param>
/// <param name="ParentId">The first comment of the thread this replies to.</param>
public sealed record CreateCommentRequest(string? Body, int? StartFrame, int? EndFrame, double? X, double? Y, Guid? ParentId);
