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
        var names = await CommentReader.AuthorNamesAsync(db, comments, ct);
        return clips.ToDictionary(g => g.Id, g => (IReadOnlyList<CommentResponse>)[.. comments.Where(c => c.GenerationId == g.Id).Select(c => CommentReader.From(c, g, names))]);
    }

    public static async Task<CommentResponse> OneAsync(StudioDbContext db, Comment comment, Generation generation, CancellationToken ct) =>
        (await CommentReader.ReadAsync(db, generation, [comment], ct)).Single();
}
