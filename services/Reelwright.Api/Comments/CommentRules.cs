using Reelwright.Data.Comments;

namespace Reelwright.Api.Comments;

/// <summary>What a comment may say and point at, checked against the clip it is on. Errors are keyed by request field.</summary>
public static class CommentRules
{
    public const int MaxBodyLength = 4000;

    /// <param name="frameCount">The clip's frames; valid frames are 0 to frameCount - 1.</param>
    /// <param name="parent">The thread's first comment, for a reply (already found on the same clip).</param>
    public static Dictionary<string, string[]> Validate(CreateCommentRequest request, int frameCount, Comment? parent)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Body))
            errors["body"] = ["Write the comment: it cannot be empty."];
        else if (request.Body.Length > MaxBodyLength)
            errors["body"] = [$"At most {MaxBodyLength} characters; this has {request.Body.Length}."];

        if (parent is not null)
        {
            if (parent.ParentId is not null)
                errors["parentId"] = ["Reply to the thread's first comment."];
        }
        else if (request.StartFrame is not { } start)
        {
            errors["startFrame"] = ["Say which frame the comment is on."];
        }
        else if (start < 0 || start >= frameCount)
        {
            errors["startFrame"] = [$"The clip's frames are 0 to {frameCount - 1}; {start} is outside it."];
        }
        else if (request.EndFrame is { } end && (end < start || end >= frameCount))
        {
            errors["endFrame"] = [$"The range must end between frame {start} and the clip's last, {frameCount - 1}."];
        }

        if (request.X is null != request.Y is null)
            errors[request.X is null ? "x" : "y"] = ["A point needs both x and y."];
        if (request.X is { } x && !(x >= 0 && x <= 1))
            errors["x"] = ["x is a fraction of the frame's width, from 0 to 1."];
        if (request.Y is { } y && !(y >= 0 && y <= 1))
            errors["y"] = ["y is a fraction of the frame's height, from 0 to 1."];
        return errors;
    }
}
