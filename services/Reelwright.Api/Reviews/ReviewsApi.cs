using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Api.Accounts;
using Reelwright.Api.Activity;
using Reelwright.Api.Webhooks;
using Reelwright.Data;
using Reelwright.Data.Activity;
using Reelwright.Data.Generations;
using Reelwright.Data.Reviews;
using Reelwright.Data.Teams;

namespace Reelwright.Api.Reviews;

/// <summary>
/// Review rounds: an editor asks chosen reviewers to look at a version; each approves or requests changes; the
/// version's state follows from their decisions. Asking again, or asking about another version of the same shot,
/// starts a new round and supersedes the open ones.
/// </summary>
public static class ReviewsApi
{
    public const int MaxReviewers = 20;
    public const int MaxNoteLength = 2000;

    public static void MapReviewsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Review").RequireAuthorization();
        api.MapPost("/generations/{id:guid}/reviews", RequestAsync).WithName("RequestReview")
            .WithSummary("Ask team members to review a finished clip (editors and owners)")
            .Produces<ReviewResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/generations/{id:guid}/reviews", ListAsync).WithName("ListReviews")
            .WithSummary("A clip's review rounds, newest first, with each reviewer's decision")
            .Produces<List<ReviewResponse>>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/reviews/{id:guid}/decision", DecideAsync).WithName("DecideReview")
            .WithSummary("Approve or request changes (the reviewers asked, while the round is open)")
            .Produces<ReviewResponse>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> RequestAsync(
        Guid id, RequestReviewRequest request, HttpContext http, StudioDbContext db, StudioAccess access, ActivityRecorder activity, TimeProvider clock, CancellationToken ct)
    {
        var generation = await db.Generations.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, ct);
        if (generation is null || !await access.CanSeeAsync(generation, ct) || await access.RoleInAsync(generation.TeamId, ct) is not { } role)
            return AccessProblems.NotFound("generation");
        if (role < TeamRole.Editor)
            return AccessProblems.RoleRequired(TeamRole.Editor, role, "Asking for a review");
        if (generation.Status != GenerationStatus.Succeeded)
            return TypedResults.Problem(title: "Only a finished clip can be reviewed.", detail: $"This generation is {generation.Status}.", statusCode: StatusCodes.Status409Conflict);

        var reviewerIds = (request.ReviewerIds ?? []).Distinct().ToList();
        if (await ReviewerProblemAsync(db, generation, reviewerIds, ct) is { } problem)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reviewerIds"] = [problem] });

        var now = clock.GetUtcNow();
        var userId = http.User.RequiredUserId();
        var review = new Review
        {
            Id = Guid.CreateVersion7(), GenerationId = id, ShotId = generation.ShotId, TeamId = generation.TeamId, RequestedBy = userId, RequestedAt = now,
            Reviewers = [.. reviewerIds.Select(r => new ReviewerDecision { UserId = r })],
        };
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            // A new round supersedes the open ones of this clip and of every other version of its shot.
            await db.Reviews
                .Where(r => r.SupersededAt == null && (r.GenerationId == id || (generation.ShotId != null && r.ShotId == generation.ShotId)))
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.SupersededAt, now), token);
            db.Reviews.Add(review);
            await activity.RecordAsync(ActivityEntries.About(generation, userId, ActivityKind.ReviewRequested, review.Id,
                $"{http.User.Identity?.Name} asked for a review of {ActivityEntries.Describe(generation)}", now), token);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
        }, ct);
        return TypedResults.Created($"/api/generations/{id}/reviews", await ReviewReader.ForReviewAsync(db, review.Id, ct));
    }

    private static async Task<IResult> ListAsync(Guid id, StudioDbContext db, StudioAccess access, CancellationToken ct)
    {
        var generation = await db.Generations.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, ct);
        if (generation is null || !await access.CanSeeAsync(generation, ct))
            return AccessProblems.NotFound("generation");
        return TypedResults.Ok(await ReviewReader.ForGenerationAsync(db, id, ct));
    }

    private static async Task<IResult> DecideAsync(
        Guid id, DecideRequest request, HttpContext http, StudioDbContext db, StudioAccess access, ActivityRecorder activity, TimeProvider clock, CancellationToken ct)
    {
        var review = await db.Reviews.Include(r => r.Reviewers).SingleOrDefaultAsync(r => r.Id == id, ct);
        var generation = review is null ? null : await db.Generations.AsNoTracking().SingleAsync(g => g.Id == review.GenerationId, ct);
        if (review is null || generation is null || !await access.CanSeeAsync(generation, ct))
            return AccessProblems.NotFound("review");
        var userId = http.User.RequiredUserId();
        var mine = review.Reviewers.SingleOrDefault(r => r.UserId == userId);
        if (mine is null)
            return TypedResults.Problem(title: "You were not asked to review this.", detail: "Only the reviewers asked in this round can decide.", statusCode: StatusCodes.Status403Forbidden);
        if (review.SupersededAt is not null)
            return TypedResults.Problem(title: "This review round is over.", detail: "A newer round was requested; decide on that one.", statusCode: StatusCodes.Status409Conflict);

        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<ReviewDecision>(request.Decision, ignoreCase: true, out var decision) || !Enum.IsDefined(decision) || int.TryParse(request.Decision, out _))
            errors["decision"] = ["decision must be Approved or ChangesRequested."];
        if (request.Note is { Length: > MaxNoteLength })
            errors["note"] = [$"At most {MaxNoteLength} characters."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var now = clock.GetUtcNow();
        mine.Decision = decision;
        mine.Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        mine.DecidedAt = now;
        var verb = decision == ReviewDecision.Approved ? "approved" : "requested changes on";
        await activity.RecordAsync(ActivityEntries.About(generation, userId, ActivityKind.Decided, review.Id, $"{http.User.Identity?.Name} {verb} {ActivityEntries.Describe(generation)}", now), ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await ReviewReader.ForReviewAsync(db, id, ct));
    }

    private static async Task<string?> ReviewerProblemAsync(StudioDbContext db, Generation generation, List<Guid> reviewerIds, CancellationToken ct)
    {
        if (reviewerIds.Count is 0 or > MaxReviewers)
            return $"Choose 1 to {MaxReviewers} reviewers.";
        var roles = await db.TeamMembers.Where(m => m.TeamId == generation.TeamId && reviewerIds.Contains(m.UserId)).ToDictionaryAsync(m => m.UserId, m => m.Role, ct);
        var unfit = reviewerIds.Where(r => !roles.TryGetValue(r, out var role) || role < TeamRole.Reviewer).ToList();
        if (unfit.Count > 0)
            return $"Reviewers must be members of the team with the Reviewer role or higher; these are not: {string.Join(", ", unfit)}.";
        if (generation.Visibility == Visibility.Private && reviewerIds.Any(r => r != generation.AuthorId))
            return "This clip is private: make it visible to the team before asking others to review it.";
        return null;
    }
}
