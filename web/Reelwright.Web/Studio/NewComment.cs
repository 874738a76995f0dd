namespace Reelwright.Web.Studio;

/// <summary>
/// A comment to post (POST /api/generations/{id}/comments): on StartFrame to EndFrame (0-based; null for one frame),
/// optionally at point X, Y, or as a reply to the thread ParentId, which takes its thread's frames.
/// </summary>
public sealed record NewComment(string Body, int? StartFrame, int? EndFrame = null, double? X = null, double? Y = null, Guid? ParentId = null);
