using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Comments;
using Reelwright.Data;
using Reelwright.Data.Comments;
using Reelwright.Data.Generations;

namespace Reelwright.Api.ShareLinks;

/// <summary>Comments as a share link shows them: the same <see cref="CommentResponse"/> the team's review page reads.</summary>
public static class SharedComments
{
    /// <summary>Each clip's comments, oldest first (an empty list for a clip without any).</summary>
    public static async Task<Dictionary<Guid, IReadOnlyList<CommentResponse>>> OnAsync(StudioDbContext db, IReadOnlyList<Generation> clips, CancellationToken ct)
    {
        var ids = clips.Select(g => g.Id).ToList();
        var comments = await db.Comments.AsNoTracking().Where(c => ids.Contains(c.GenerationId)).OrderBy(c => c.CreatedAt).ToListAsync(ct);
        var names = await NamesAsync(db, comments, ct);
        return clips.ToDictionary(g => g.Id, g => (IReadOnlyList<CommentResponse>)[.. comments.Where(c => c.GenerationId == g.Id).Select(c => From(c, g, names))]);
    }

    public static async Task<CommentResponse> OneAsync(StudioDbContext db, Comment comment, Generation generation, CancellationToken ct) =>
        From(comment, generation, await NamesAsync(db, [comment], ct));

    private static Task<Dictionary<Guid, string>> NamesAsync(StudioDbContext db, List<Comment> comments, CancellationToken ct)
    {
        var authors = comments.Select(c => c.AuthorId).Distinct().ToList();
        return db.Users.Where(u => authors.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }

    private static CommentResponse From(Comment c, Generation g, Dictionary<Guid, string> names) => new(
        c.Id, c.GenerationId, c.ParentId, c.AuthorId, names.GetValueOrDefault(c.AuthorId, "a former member"), c.StartFrame, c.EndFrame, c.X, c.Y, c.Body,
        c.CreatedAt, c.ResolvedAt, c.ResolvedBy,
        new CommentRecipe(g.ModelId, g.Prompt, g.NegativePrompt, g.Seed, g.Steps, g.Guidance, g.Scheduler, g.Keyframes, g.FramesBetween, g.EndPrompt));
}
