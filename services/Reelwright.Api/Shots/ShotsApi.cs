using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Api.Accounts;
using Reelwright.Api.Generations;
using Reelwright.Api.Media;
using Reelwright.Api.Reviews;
using Reelwright.Data;
using Reelwright.Data.Generations;
using Reelwright.Data.Shots;
using Reelwright.Data.Teams;

namespace Reelwright.Api.Shots;

/// <summary>
/// Version stacks. A shot fills up as clips are made from one another (POST /api/generations with parentGenerationId);
/// it can also be started by hand around an existing clip. Members of the project's team see every version they may see.
/// </summary>
public static class ShotsApi
{
    public static void MapShotsApi(this IEndpointRouteBuilder app)
    {
        var shots = app.MapGroup("/api").WithTags("Review").RequireAuthorization();
        shots.MapPost("/shots", CreateAsync).WithName("CreateShot").WithSummary("Start a shot, optionally around an existing clip as version 1 (editors and owners)")
            .Produces<ShotResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        shots.MapGet("/shots/{id:guid}", GetAsync).WithName("GetShot").WithSummary("A shot's versions in order, with lineage, recipe changes and review state")
            .Produces<ShotResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        shots.MapGet("/projects/{projectId:guid}/shots", ListAsync).WithName("ListShots").WithSummary("A project's shots, newest first")
            .Produces<List<ShotSummaryResponse>>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> CreateAsync(CreateShotRequest request, HttpContext http, StudioDbContext db, StudioAccess access, MediaUrlSigner signer, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.ProjectId is null)
            errors["projectId"] = ["Name the project the shot belongs to."];
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > ShotVersions.MaxNameLength)
            errors["name"] = [$"Name the shot (1 to {ShotVersions.MaxNameLength} characters)."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.ProjectId, ct);
        if (project is null || await access.RoleInAsync(project.TeamId, ct) is not { } role)
            return AccessProblems.NotFound("project");
        if (role < TeamRole.Editor)
            return AccessProblems.RoleRequired(TeamRole.Editor, role, "Making shots");

        var now = clock.GetUtcNow();
        var shot = new Shot { Id = Guid.CreateVersion7(), ProjectId = project.Id, TeamId = project.TeamId, Name = request.Name!.Trim(), CreatedBy = http.User.RequiredUserId(), CreatedAt = now };
        if (request.GenerationId is { } generationId)
        {
            var first = await (await access.VisibleGenerationsAsync(ct)).SingleOrDefaultAsync(g => g.Id == generationId && g.ProjectId == project.Id, ct);
            if (first is null)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["generationId"] = ["No generation you can see has this id in this project."] });
            if (first.ShotId is not null)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["generationId"] = ["This clip is already a version in another shot."] });
            shot.LastVersion = 1;
            first.ShotId = shot.Id;
            first.ShotVersion = 1;
        }

        db.Shots.Add(shot);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/shots/{shot.Id}", await ReadAsync(db, access, signer, shot, ct));
    }

    private static async Task<IResult> GetAsync(Guid id, StudioDbContext db, StudioAccess access, MediaUrlSigner signer, CancellationToken ct)
    {
        var shot = await db.Shots.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        return shot is null || await access.RoleInAsync(shot.TeamId, ct) is null
            ? AccessProblems.NotFound("shot")
            : TypedResults.Ok(await ReadAsync(db, access, signer, shot, ct));
    }

    private static async Task<IResult> ListAsync(Guid projectId, StudioDbContext db, StudioAccess access, CancellationToken ct)
    {
        if (await access.RoleInProjectAsync(projectId, ct) is null)
            return AccessProblems.NotFound("project");
        var shots = await db.Shots.AsNoTracking().Where(s => s.ProjectId == projectId).OrderByDescending(s => s.CreatedAt)
            .Select(s => new ShotSummaryResponse(s.Id, s.ProjectId, s.Name, s.CreatedAt, s.LastVersion)).ToListAsync(ct);
        return TypedResults.Ok(shots);
    }

    private static async Task<ShotResponse> ReadAsync(StudioDbContext db, StudioAccess access, MediaUrlSigner signer, Shot shot, CancellationToken ct)
    {
        var versions = await (await access.VisibleGenerationsAsync(ct)).AsNoTracking()
            .Where(g => g.ShotId == shot.Id).Include(g => g.Clip).Include(g => g.Author).OrderBy(g => g.ShotVersion).ToListAsync(ct);
        var ids = versions.Select(v => v.Id).ToList();
        var reviews = await db.Reviews.AsNoTracking().Include(r => r.Reviewers).Where(r => ids.Contains(r.GenerationId)).ToListAsync(ct);
        var byId = versions.ToDictionary(v => v.Id);
        return new ShotResponse(shot.Id, shot.ProjectId, shot.Name, shot.CreatedAt,
        [
            .. versions.Select(v => new ShotVersionResponse(
                v.ShotVersion!.Value,
                v.ParentGenerationId,
                v.ParentGenerationId is { } parentId && byId.TryGetValue(parentId, out var parent) ? RecipeChanges.Between(parent, v) : [],
                ReviewStates.OfVersion(reviews.Where(r => r.GenerationId == v.Id)),
                GenerationResponse.From(v, signer))),
        ]);
    }
}
