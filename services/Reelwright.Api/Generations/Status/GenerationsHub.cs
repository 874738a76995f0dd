using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Accounts;
using Reelwright.Data;

namespace Reelwright.Api.Generations.Status;

/// <summary>
/// Live generation updates for signed-in clients. Clients only listen; the server pushes
/// <see cref="GenerationUpdateNotifier.UpdatedMethod"/> with a <see cref="GenerationResponse"/> on every change of a
/// generation they may see. A connection joins its user's group and its teams' groups when it connects; team changes
/// reach it at its next connection.
/// </summary>
[Authorize]
public sealed class GenerationsHub(StudioDbContext db) : Hub
{
    public const string Path = "/hubs/generations";

    public static string UserGroup(Guid userId) => $"user:{userId:N}";

    public static string TeamGroup(Guid teamId) => $"team:{teamId:N}";

    public override async Task OnConnectedAsync()
    {
        var userId = Context.User!.RequiredUserId();
        await Groups.AddToGroupAsync(Context.ConnectionId, UserGroup(userId));
        var teams = await db.TeamMembers.AsNoTracking().Where(m => m.UserId == userId).Select(m => m.TeamId).ToListAsync();
        foreach (var teamId in teams)
            await Groups.AddToGroupAsync(Context.ConnectionId, TeamGroup(teamId));
        await base.OnConnectedAsync();
    }
}
