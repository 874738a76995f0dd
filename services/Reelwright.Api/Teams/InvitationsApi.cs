using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Api.Accounts;
using Reelwright.Data;
using Reelwright.Data.Teams;

namespace Reelwright.Api.Teams;

/// <summary>
/// Invitation links: an owner makes one for a role with an expiry; whoever opens it while signed in may join once.
/// Expired, used or revoked links answer 410 with which of the three it is.
/// </summary>
public static class InvitationsApi
{
    public const int DefaultExpiryHours = 72;
    public const int MaxExpiryHours = 720;

    public static void MapInvitationsApi(this IEndpointRouteBuilder app)
    {
        var team = app.MapGroup("/api/teams/{teamId:guid}/invitations").WithTags("Teams").RequireAuthorization();
        team.MapPost("/", CreateAsync).WithName("CreateInvitation").WithSummary("Make an invitation link (owners only); the token is shown only in this response")
            .Produces<CreatedInvitationResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        team.MapGet("/", ListAsync).WithName("ListInvitations").WithSummary("The team's invitations (owners only)")
            .Produces<List<InvitationResponse>>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        team.MapDelete("/{invitationId:guid}", RevokeAsync).WithName("RevokeInvitation").WithSummary("Revoke an invitation (owners only)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        var links = app.MapGroup("/api/invitations/{token}").WithTags("Teams").RequireAuthorization();
        links.MapGet("/", PreviewAsync).WithName("GetInvitation").WithSummary("What an invitation link offers")
            .Produces<InvitationPreviewResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);
        links.MapPost("/accept", AcceptAsync).WithName("AcceptInvitation").WithSummary("Join the team with the invitation's role")
            .Produces<TeamResponse>().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> CreateAsync(Guid teamId, CreateInvitationRequest request, HttpContext http, StudioDbContext db, StudioAccess access, TimeProvider clock, CancellationToken ct)
    {
        if (await OwnerProblemAsync(teamId, access, ct) is { } refusal)
            return refusal;
        var errors = new Dictionary<string, string[]>();
        if (request.Role is not { } role || !Enum.IsDefined(role))
            errors["role"] = ["role must be one of: Owner, Editor, Reviewer, Viewer."];
        var hours = request.ExpiresInHours ?? DefaultExpiryHours;
        if (hours is < 1 or > MaxExpiryHours)
            errors["expiresInHours"] = [$"An invitation lasts 1 to {MaxExpiryHours} hours."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var now = clock.GetUtcNow();
        var token = SecretTokens.Generate(SecretTokens.InvitationPrefix);
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(),
            TeamId = teamId,
            Role = request.Role!.Value,
            TokenHash = SecretTokens.Hash(token),
            CreatedBy = http.User.RequiredUserId(),
            CreatedAt = now,
            ExpiresAt = now.AddHours(hours),
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/teams/{teamId}/invitations/{invitation.Id}", new CreatedInvitationResponse(InvitationResponse.From(invitation), token));
    }

    private static async Task<IResult> ListAsync(Guid teamId, StudioDbContext db, StudioAccess access, CancellationToken ct)
    {
        if (await OwnerProblemAsync(teamId, access, ct) is { } refusal)
            return refusal;
        var invitations = await db.Invitations.AsNoTracking().Where(i => i.TeamId == teamId).OrderByDescending(i => i.CreatedAt).ToListAsync(ct);
        return TypedResults.Ok(invitations.Select(InvitationResponse.From).ToList());
    }

    private static async Task<IResult> RevokeAsync(Guid teamId, Guid invitationId, StudioDbContext db, StudioAccess access, TimeProvider clock, CancellationToken ct)
    {
        if (await OwnerProblemAsync(teamId, access, ct) is { } refusal)
            return refusal;
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId && i.TeamId == teamId, ct);
        if (invitation is null)
            return AccessProblems.NotFound("invitation");
        invitation.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> PreviewAsync(string token, StudioDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var invitation = await FindAsync(db, token, ct);
        if (invitation is null)
            return AccessProblems.NotFound("invitation");
        if (Gone(invitation, clock.GetUtcNow()) is { } gone)
            return gone;
        var teamName = await db.Teams.Where(t => t.Id == invitation.TeamId).Select(t => t.Name).SingleAsync(ct);
        var invitedBy = await db.Users.Where(u => u.Id == invitation.CreatedBy).Select(u => u.DisplayName).SingleOrDefaultAsync(ct) ?? "a former member";
        return TypedResults.Ok(new InvitationPreviewResponse(invitation.TeamId, teamName, invitation.Role, invitation.ExpiresAt, invitedBy));
    }

    private static async Task<IResult> AcceptAsync(string token, HttpContext http, StudioDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var invitation = await FindAsync(db, token, ct);
        if (invitation is null)
            return AccessProblems.NotFound("invitation");
        var now = clock.GetUtcNow();
        if (Gone(invitation, now) is { } gone)
            return gone;
        var userId = http.User.RequiredUserId();
        var refusal = await TeamMembershipChanges.RunLockedAsync(db, invitation.TeamId, async t =>
        {
            if (await db.TeamMembers.AnyAsync(m => m.TeamId == invitation.TeamId && m.UserId == userId, t))
                return TypedResults.Problem(title: "You are already in this team.", detail: "The invitation is left for someone else.", statusCode: StatusCodes.Status409Conflict);
            // Claimed with a conditional update: of two people opening one link at once, exactly one gets in.
            var claimed = await db.Invitations
                .Where(i => i.Id == invitation.Id && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.AcceptedAt, now).SetProperty(i => i.AcceptedBy, userId), t);
            if (claimed == 0)
                return GoneProblem("This invitation was already used.");
            db.TeamMembers.Add(new TeamMember { TeamId = invitation.TeamId, UserId = userId, Role = invitation.Role, JoinedAt = now });
            return null;
        }, ct);
        if (refusal is not null)
            return refusal;

        return TypedResults.Ok(await TeamResponses.ForAsync(db, invitation.TeamId, invitation.Role, ct));
    }

    private static Task<Invitation?> FindAsync(StudioDbContext db, string token, CancellationToken ct)
    {
        var hash = SecretTokens.Hash(token);
        return db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
    }

    private static IResult? Gone(Invitation invitation, DateTimeOffset now) =>
        invitation switch
        {
            { AcceptedAt: not null } => GoneProblem("This invitation was already used."),
            { RevokedAt: not null } => GoneProblem("This invitation was revoked by the team's owner."),
            _ when invitation.ExpiresAt <= now => GoneProblem($"This invitation expired at {invitation.ExpiresAt:u}. Ask the team's owner for a new one."),
            _ => null,
        };

    private static IResult GoneProblem(string detail) =>
        TypedResults.Problem(title: "This invitation can no longer be used.", detail: detail, statusCode: StatusCodes.Status410Gone);

    private static async Task<IResult?> OwnerProblemAsync(Guid teamId, StudioAccess access, CancellationToken ct) =>
        await access.RoleInAsync(teamId, ct) switch
        {
            null => AccessProblems.NotFound("team"),
            TeamRole.Owner => null,
            var role => AccessProblems.RoleRequired(TeamRole.Owner, role.Value, "Managing invitations"),
        };
}
