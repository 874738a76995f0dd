using Microsoft.EntityFrameworkCore;
using Reelwright.Data;

namespace Reelwright.Api.Teams;

/// <summary>
/// Membership changes of one team run one at a time: each holds the team's row lock from its checks to its commit, so
/// "is this the last owner?" and "is this person already a member?" are answered after the others' changes, not
/// beside them. Without it two owners stepping down together both saw the other and left the team ownerless.
/// </summary>
internal static class TeamMembershipChanges
{
    /// <param name="change">Checks and stages the change; returns a refusal (nothing is saved) or null (saved and committed).</param>
    public static Task<IResult?> RunLockedAsync(StudioDbContext db, Guid teamId, Func<CancellationToken, Task<IResult?>> change, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM teams WHERE id = {teamId} FOR UPDATE", token);
            var refusal = await change(token);
            if (refusal is null)
            {
                await db.SaveChangesAsync(token);
                await transaction.CommitAsync(token);
            }
            return refusal;
        }, ct);
    }
}
