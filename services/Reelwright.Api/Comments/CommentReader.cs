using Microsoft.EntityFrameworkCore;
using Reelwright.Data;
using Reelwright.Data.Comments;
using Reelwright.Data.Generations;

namespace Reelwright.Api.Comments;

/// <summary>Comments as every reader gets them (the review page, a share link): with their authors' names and the clip's recipe.</summary>
public static class CommentReader
{
    public static async Task<List<CommentResponse>> ReadAsync(StudioDbContext db, Generation clip, IReadOnlyList<Comment> comments, CancellationToken ct)
    {
        var names = await AuthorNamesAsync(db, comments, ct);
        return [.. comments.Select(c => From(c, clip, names))];
    }

    public static Task<Dictionary<Guid, string>> AuthorNamesAsync(StudioDbContext db, IEnumerable<Comment> comments, CancellationToken ct)
    {
        var authors = comments.Select(c => c.AuthorId).Distinct().ToList();
        return db.Users.Where(u => authors.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }

    /// <param name="names">Display names by author; a closed account's comment reads "a former member".</param>
    public static CommentResponse From(Comment c, Generation clip, IReadOnlyDictionary<Guid, string> names) => new(
        c.Id, c.GenerationId, c.ParentId, c.AuthorId, names.GetValueOrDefault(c.AuthorId, "a former member"), c.StartFrame, c.EndFrame, c.X, c.Y, c.Body,
        c.CreatedAt, c.ResolvedAt, c.ResolvedBy,
        new CommentRecipe(clip.ModelId, clip.Prompt, clip.NegativePrompt, clip.Seed, clip.Steps, clip.Guidance, clip.Scheduler, clip.Keyframes, clip.FramesBetween, clip.EndPrompt));
}
