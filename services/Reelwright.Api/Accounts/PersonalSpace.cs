using Reelwright.Data;
using Reelwright.Data.Projects;
using Reelwright.Data.Teams;

namespace Reelwright.Api.Accounts;

/// <summary>Everyone starts with a team of their own and a project in it, so a new account can generate at once.</summary>
public static class PersonalSpace
{
    public const string ProjectName = "My clips";

    public static void AddFor(StudioDbContext db, Guid userId, string displayName, DateTimeOffset now)
    {
        var team = new Team { Id = Guid.CreateVersion7(), Name = $"{displayName}'s team", CreatedAt = now };
        team.Members.Add(new TeamMember { TeamId = team.Id, UserId = userId, Role = TeamRole.Owner, JoinedAt = now });
        db.Teams.Add(team);
        db.Projects.Add(new Project { Id = Guid.CreateVersion7(), TeamId = team.Id, Name = ProjectName, CreatedAt = now });
    }
}
