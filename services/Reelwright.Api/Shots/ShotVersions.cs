using Microsoft.EntityFrameworkCore;
using Reelwright.Data;
using Reelwright.Data.Generations;
using Reelwright.Data.Shots;

namespace Reelwright.Api.Shots;

/// <summary>
/// Puts generations into shots with the next version number. The number comes from an UPDATE … RETURNING on the shot's
/// row, which locks it until the caller's transaction ends: concurrent versions queue there and get consecutive numbers,
/// and a rolled-back one gives its number back.
/// </summary>
public static class ShotVersions
{
    public const int MaxNameLength = 200;

    /// <summary>Within the caller's transaction: makes <paramref name="generation"/> the next version of its parent's shot, starting one if the parent has none.</summary>
    public static async Task PlaceAfterAsync(StudioDbContext db, Generation generation, Generation parent, Guid userId, DateTimeOffset now, CancellationToken ct)
    {
        var shotId = parent.ShotId ?? await StartShotAsync(db, parent, userId, now, ct);
        generation.ShotId = shotId;
        generation.ShotVersion = await NextAsync(db, shotId, ct);
    }

    /// <summary>Within the caller's transaction: the shot's next version number.</summary>
    public static async Task<int> NextAsync(StudioDbContext db, Guid shotId, CancellationToken ct) =>
        (await db.Database.SqlQuery<int>($"UPDATE shots SET last_version = last_version + 1 WHERE id = {shotId} RETURNING last_version AS \"Value\"").ToListAsync(ct)).Single();

    public static string NameFrom(string prompt) => prompt.Length <= 80 ? prompt : prompt[..80] + "…";

    // A clip re-run or edited for the first time becomes version 1 of a shot named after its prompt.
    private static async Task<Guid> StartShotAsync(StudioDbContext db, Generation parent, Guid userId, DateTimeOffset now, CancellationToken ct)
    {
        var shot = new Shot { Id = Guid.CreateVersion7(), ProjectId = parent.ProjectId, TeamId = parent.TeamId, Name = NameFrom(parent.Prompt), CreatedBy = userId, CreatedAt = now, LastVersion = 1 };
        db.Shots.Add(shot);
        await db.SaveChangesAsync(ct);
        // Only if no concurrent request placed the parent first; otherwise join the shot it started.
        var placed = await db.Generations.Where(g => g.Id == parent.Id && g.ShotId == null)
            .ExecuteUpdateAsync(set => set.SetProperty(g => g.ShotId, shot.Id).SetProperty(g => g.ShotVersion, 1), ct);
        if (placed == 1)
            return shot.Id;
        db.Shots.Remove(shot);
        await db.SaveChangesAsync(ct);
        return await db.Generations.Where(g => g.Id == parent.Id).Select(g => g.ShotId!.Value).SingleAsync(ct);
    }
}
