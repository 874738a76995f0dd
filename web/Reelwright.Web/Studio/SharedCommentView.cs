namespace Reelwright.Web.Studio;

/// <summary>A comment as a share link shows it: who said what on which frames; a reply names its thread in ParentId.</summary>
public sealed record SharedCommentView(
    Guid Id,
    Guid? ParentId,
    string AuthorName,
    int StartFrame,
    int EndFrame,
    string Body,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ResolvedAt);
