using Microsoft.EntityFrameworkCore;
using Reelwright.Data;
using Reelwright.Data.Sharing;

namespace Reelwright.Api.ShareLinks;

/// <summary>
/// Revoking a link closes it and voids the media URLs it handed out: the shared clips' media access version rises, which
/// also makes the team's own pages fetch fresh URLs, a small price for a leak that stops at once.
/// </summary>
public static class ShareLinkRevocation
{
    public static async Task RevokeAsync(StudioDbContext db, ShareLink link, DateTimeOffset now, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async t =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(t);
            // Revoking twice keeps the first time and voids nothing more.
            var revoked = await db.ShareLinks.Where(l => l.Id == link.Id && l.RevokedAt == null).ExecuteUpdateAsync(set => set.SetProperty(l => l.RevokedAt, now), t);
            if (revoked == 1)
                await db.Generations.Where(g => link.GenerationId != null ? g.Id == link.GenerationId : g.ShotId == link.ShotId)
                    .ExecuteUpdateAsync(set => set.SetProperty(g => g.MediaAccessVersion, g => g.MediaAccessVersion + 1), t);
            await transaction.CommitAsync(t);
        }, ct);
    }
}
