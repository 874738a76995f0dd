using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Api.Accounts;
using Reelwright.Data;
using Reelwright.Data.Sharing;
using Reelwright.Data.Teams;

namespace Reelwright.Api.ShareLinks;

/// <summary>
/// Share links, the team's side: editors and owners make a link to one clip or to a whole version stack, members see
/// the links made, and the link's creator, an owner or an administrator revokes one. Revoking voids every media URL the
/// link handed out. Visitors open links through <see cref="SharedViewApi"/>.
/// </summary>
public static class ShareLinksApi
{
    public const int MaxExpiryHours = 24 * 365;

    /// <summary>Marks a share token as a Reelwright secret for anyone (or any secret scanner) who finds one pasted somewhere.</summary>
    public const string TokenPrefix = "rw_shr_";

    public static void MapShareLinksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/share-links").WithTags("Sharing").RequireAuthorization();
        api.MapPost("/", CreateAsync).WithName("CreateShareLink")
            .WithSummary("Make a link to a clip or a version stack for people outside the team (editors and owners); the token is shown only in this response")
            .Produces<CreatedShareLinkResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/", ListAsync).WithName("ListShareLinks").WithSummary("The links made to a clip (?generationId=) or a stack (?shotId=), newest first (members)")
            .Produces<List<ShareLinkResponse>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/{id:guid}", RevokeAsync).WithName("RevokeShareLink")
            .WithSummary("Revoke a link: it answers 410 and the media URLs it handed out stop working (its creator, owners, administrators)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapSharedViewApi();
    }

    private static async Task<IResult> CreateAsync(CreateShareLinkRequest request, HttpContext http, StudioDbContext db, StudioAccess access, TimeProvider clock, CancellationToken ct)
    {
        var errors = Validate(request);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var (target, refusal) = await ShareTargets.FindAsync(db, access, request.GenerationId, request.ShotId, ct);
        if (refusal is not null)
            return refusal;
        if (target!.Role is not { } role)
            return TypedResults.Problem(title: "Your role does not allow this.", detail: "Sharing a clip takes membership of its team.", statusCode: StatusCodes.Status403Forbidden);
        if (role < TeamRole.Editor)
            return AccessProblems.RoleRequired(TeamRole.Editor, role, "Sharing links");

        var now = clock.GetUtcNow();
        var token = SecretTokens.Generate(TokenPrefix);
        var link = new ShareLink
        {
            Id = Guid.CreateVersion7(), TokenHash = SecretTokens.Hash(token), GenerationId = request.GenerationId, ShotId = request.ShotId,
            ProjectId = target.ProjectId, TeamId = target.TeamId, CreatedBy = http.User.RequiredUserId(), CreatedAt = now,
            ExpiresAt = request.ExpiresInHours is { } hours ? now.AddHours(hours) : null,
            PassphraseHash = request.Passphrase is { } passphrase ? SharePassphrases.Hash(passphrase) : null,
            AllowComments = request.AllowComments, AllowDownloads = request.AllowDownloads,
        };
        db.ShareLinks.Add(link);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/share-links/{link.Id}", new CreatedShareLinkResponse(link.Id, token, $"/s/{token}", link.GenerationId, link.ShotId,
            link.CreatedAt, link.ExpiresAt, link.PassphraseHash is not null, link.AllowComments, link.AllowDownloads));
    }

    private static async Task<IResult> ListAsync(StudioDbContext db, StudioAccess access, CancellationToken ct, Guid? generationId = null, Guid? shotId = null)
    {
        if (generationId is null == shotId is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["generationId"] = ["Ask for the links of one clip (generationId) or one stack (shotId)."] });
        var (target, refusal) = await ShareTargets.FindAsync(db, access, generationId, shotId, ct);
        if (refusal is not null)
            return refusal;
        if (target!.Role is null)
            return AccessProblems.NotFound(generationId is null ? "shot" : "generation");

        var links = await db.ShareLinks.AsNoTracking().Where(l => generationId != null ? l.GenerationId == generationId : l.ShotId == shotId)
            .OrderByDescending(l => l.CreatedAt).ToListAsync(ct);
        var creators = links.Select(l => l.CreatedBy).Distinct().ToList();
        var names = await db.Users.Where(u => creators.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return TypedResults.Ok(links.Select(l => ShareLinkResponse.From(l, names.GetValueOrDefault(l.CreatedBy, "a former member"))).ToList());
    }

    private static async Task<IResult> RevokeAsync(Guid id, HttpContext http, StudioDbContext db, StudioAccess access, TimeProvider clock, CancellationToken ct)
    {
        var link = await db.ShareLinks.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, ct);
        var isAdmin = await access.IsAdminAsync(ct);
        if (link is null || (!isAdmin && (await ShareTargets.FindAsync(db, access, link.GenerationId, link.ShotId, ct)).Target?.Role is null))
            return AccessProblems.NotFound("share link");
        if (!isAdmin && link.CreatedBy != http.User.RequiredUserId() && await access.RoleInAsync(link.TeamId, ct) != TeamRole.Owner)
            return TypedResults.Problem(title: "Your role does not allow this.", detail: "Only whoever made the link, an owner of the team or an administrator can revoke it.",
                statusCode: StatusCodes.Status403Forbidden);

        await ShareLinkRevocation.RevokeAsync(db, link, clock.GetUtcNow(), ct);
        return TypedResults.NoContent();
    }

    private static Dictionary<string, string[]> Validate(CreateShareLinkRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.GenerationId is null == request.ShotId is null)
            errors["generationId"] = ["Share one clip (generationId) or one version stack (shotId)."];
        if (request.ExpiresInHours is < 1 or > MaxExpiryHours)
            errors["expiresInHours"] = [$"A link lasts 1 to {MaxExpiryHours} hours, or leave it out for no expiry."];
        if (request.Passphrase is { } passphrase && (string.IsNullOrWhiteSpace(passphrase) || passphrase.Length is < SharePassphrases.MinLength or > SharePassphrases.MaxLength))
            errors["passphrase"] = [$"A passphrase is {SharePassphrases.MinLength} to {SharePassphrases.MaxLength} characters, or leave it out for none."];
        return errors;
    }
}
