using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Api.Accounts;
using Reelwright.Api.Projects;
using Reelwright.Data;
using Reelwright.Data.Projects;
using Reelwright.Data.Teams;

namespace Reelwright.Api.Teams;

/// <summary>Teams, their members and roles, and the projects in them. Every endpoint needs a signed-in caller.</summary>
public static class TeamsApi
{
    public const int MaxNameLength = 100;

    public static void MapTeamsApi(this IEndpointRouteBuilder app)
    {
        var teams = app.MapGroup("/api/teams").WithTags("Teams").RequireAuthorization();
        teams.MapPost("/", CreateAsync).WithName("CreateTeam").WithSummary("Make a team; its maker is its owner")
            .Produces<TeamResponse>(StatusCodes.Status201Created).ProducesValidationProblem();
        teams.MapGet("/{id:guid}", GetAsync).WithName("GetTeam").WithSummary("A team the caller belongs to, with its members")
            .Produces<TeamResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        teams.MapPut("/{id:guid}/members/{userId:guid}", ChangeRoleAsync).WithName("ChangeMemberRole")
            .WithSummary("Give a member another role (owners only)")
            .WithDescription("Refused with 409 when it would leave the team without an owner.")
            .Produces<TeamMemberResponse>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        teams.MapDelete("/{id:guid}/members/{userId:guid}", RemoveAsync).WithName("RemoveMember")
            .WithSummary("Remove a member (owners), or leave the team (anyone, for themselves)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        teams.MapPost("/{id:guid}/projects", CreateProjectAsync).WithName("CreateProject").WithSummary("Make a project in the team (editors and owners)")
            .Produces<ProjectResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> CreateAsync(CreateTeamRequest request, HttpContext http, StudioDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (NameProblem(request.Name) is { } problem)
            return problem;
        var now = clock.GetUtcNow();
        var team = new Team { Id = Guid.CreateVersion7(), Name = request.Name!.Trim(), CreatedAt = now };
        team.Members.Add(new TeamMember { TeamId = team.Id, UserId = http.User.RequiredUserId(), Role = TeamRole.Owner, JoinedAt = now });
        db.Teams.Add(team);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/teams/{team.Id}", await TeamResponses.ForAsync(db, team.Id, TeamRole.Owner, ct));
    }

    private static async Task<IResult> GetAsync(Guid id, StudioDbContext db, StudioAccess access, CancellationToken ct) =>
        await access.RoleInAsync(id, ct) is { } role
            ? TypedResults.Ok(await TeamResponses.ForAsync(db, id, role, ct))
            : AccessProblems.NotFound("team");

    private static async Task<IResult> ChangeRoleAsync(Guid id, Guid userId, ChangeRoleRequest request, StudioDbContext db, StudioAccess access, CancellationToken ct)
    {
        if (await access.RoleInAsync(id, ct) is not { } role)
            return AccessProblems.NotFound("team");
        if (role != TeamRole.Owner)
            return AccessProblems.RoleRequired(TeamRole.Owner, role, "Changing roles");
        if (request.Role is not { } newRole || !Enum.IsDefined(newRole))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["role"] = ["role must be one of: Owner, Editor, Reviewer, Viewer."] });

        var refusal = await TeamMembershipChanges.RunLockedAsync(db, id, async token =>
        {
            var member = await db.TeamMembers.SingleOrDefaultAsync(m => m.TeamId == id && m.UserId == userId, token);
            if (member is null)
                return AccessProblems.NotFound("member");
            if (member.Role == TeamRole.Owner && newRole != TeamRole.Owner && await IsLastOwnerAsync(db, id, token))
                return LastOwner();
            member.Role = newRole;
            return null;
        }, ct);
        if (refusal is not null)
            return refusal;
        var response = await TeamResponses.ForAsync(db, id, role, ct);
        return TypedResults.Ok(response.Members.Single(m => m.UserId == userId));
    }

    private static async Task<IResult> RemoveAsync(Guid id, Guid userId, HttpContext http, StudioDbContext db, StudioAccess access, CancellationToken ct)
    {
        if (await access.RoleInAsync(id, ct) is not { } role)
            return AccessProblems.NotFound("team");
        var leaving = userId == http.User.RequiredUserId();
        if (!leaving && role != TeamRole.Owner)
            return AccessProblems.RoleRequired(TeamRole.Owner, role, "Removing members");

        return await TeamMembershipChanges.RunLockedAsync(db, id, async token =>
        {
            var member = await db.TeamMembers.SingleOrDefaultAsync(m => m.TeamId == id && m.UserId == userId, token);
            if (member is null)
                return AccessProblems.NotFound("member");
            if (member.Role == TeamRole.Owner && await IsLastOwnerAsync(db, id, token))
                return LastOwner();
            db.TeamMembers.Remove(member);
            return null;
        }, ct) ?? TypedResults.NoContent();
    }

    private static async Task<IResult> CreateProjectAsync(Guid id, CreateProjectRequest request, StudioDbContext db, StudioAccess access, TimeProvider clock, CancellationToken ct)
    {
        if (await access.RoleInAsync(id, ct) is not { } role)
            return AccessProblems.NotFound("team");
        if (role < TeamRole.Editor)
            return AccessProblems.RoleRequired(TeamRole.Editor, role, "Making projects");
        if (NameProblem(request.Name) is { } problem)
            return problem;

        var project = new Project { Id = Guid.CreateVersion7(), TeamId = id, Name = request.Name!.Trim(), CreatedAt = clock.GetUtcNow() };
        db.Projects.Add(project);
        await db.SaveChangesAsync(ct);
        var teamName = await db.Teams.Where(t => t.Id == id).Select(t => t.Name).SingleAsync(ct);
        return TypedResults.Created($"/api/teams/{id}/projects/{project.Id}", new ProjectResponse(project.Id, id, teamName, project.Name, role));
    }

    private static async Task<bool> IsLastOwnerAsync(StudioDbContext db, Guid teamId, CancellationToken ct) =>
        await db.TeamMembers.CountAsync(m => m.TeamId == teamId && m.Role == TeamRole.Owner, ct) <= 1;

    private static IResult LastOwner() =>
        TypedResults.Problem(title: "A team needs an owner.", detail: "Make another member an owner first.", statusCode: StatusCodes.Status409Conflict);

    private static IResult? NameProblem(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = [$"Enter a name of 1 to {MaxNameLength} characters."] })
            : null;
}
