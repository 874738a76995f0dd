using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reelwright.Api.Access;
using Reelwright.Api.Projects;
using Reelwright.Api.Teams;
using Reelwright.Data;
using Reelwright.Data.Accounts;
using Reelwright.Data.Teams;

namespace Reelwright.Api.Accounts;

public static class AccountsApi
{
    public static void MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Accounts");
        auth.MapPost("/sign-up", SignUpAsync).WithName("SignUp").WithSummary("Create an account (with a team and project of its own) and sign in");
        auth.MapPost("/sign-in", SignInAsync).WithName("SignIn")
            .WithSummary("Sign in with email and password; returns a session token")
            .WithDescription("After 5 wrong passwords in a row the account is locked for 5 minutes (429, with Retry-After).")
            .Produces<SessionResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        auth.MapPost("/sign-out", SignOutAsync).WithName("SignOut").WithSummary("Revoke the token this request was made with").RequireAuthorization();

        app.MapGet("/api/me", MeAsync).WithTags("Accounts").WithName("GetMe")
            .WithSummary("The caller, their teams and projects, with their role in each").RequireAuthorization()
            .Produces<MeResponse>();
        app.MapDelete("/api/me", CloseAsync).WithTags("Accounts").WithName("CloseAccount")
            .WithSummary("Close the caller's account: every token of it stops working and it can no longer sign in")
            .WithDescription("Refused with 409 while the caller is the only owner of a team that has other members: hand the team over first.")
            .RequireAuthorization()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Created<SessionResponse>, ValidationProblem>> SignUpAsync(
        SignUpRequest request, UserManager<StudioUser> users, StudioDbContext db, SessionIssuer sessions, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Email))
            errors["email"] = ["Enter your email address."];
        if (string.IsNullOrEmpty(request.Password))
            errors["password"] = ["Choose a password."];
        if (string.IsNullOrWhiteSpace(request.DisplayName) || request.DisplayName.Trim().Length > 100)
            errors["displayName"] = ["Enter a name of 1 to 100 characters."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var now = clock.GetUtcNow();
        var email = request.Email!.Trim();
        var user = new StudioUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, DisplayName = request.DisplayName!.Trim(), CreatedAt = now };
        var strategy = db.Database.CreateExecutionStrategy();
        IdentityResult? refused = null;
        var session = await strategy.ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            IdentityResult created;
            try
            {
                created = await users.CreateAsync(user, request.Password!);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // The same email signed up a moment earlier (a double click): Identity's own check ran before that commit.
                created = IdentityResult.Failed(users.ErrorDescriber.DuplicateEmail(email));
            }

            if (!created.Succeeded)
            {
                refused = created;
                return null;
            }

            // Whoever sets the studio up runs it: the first account is its administrator.
            if (!await db.Users.AnyAsync(u => u.Id != user.Id && u.IsAdmin, token))
                await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(set => set.SetProperty(u => u.IsAdmin, true), token);
            PersonalSpace.AddFor(db, user.Id, user.DisplayName, now);
            var issued = sessions.Issue(user.Id, AccessTokenKind.Session, "web sign-in");
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return new SessionResponse(issued.Token, issued.Record.ExpiresAt, UserResponse.From(user));
        }, ct);

        return session is null
            ? TypedResults.ValidationProblem(IdentityErrors.ByField(refused!))
            : TypedResults.Created("/api/me", session);
    }

    private static async Task<IResult> SignInAsync(
        SignInRequest request, UserManager<StudioUser> users, StudioDbContext db, SessionIssuer sessions, TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(request.Email))
                errors["email"] = ["Enter your email address."];
            if (string.IsNullOrEmpty(request.Password))
                errors["password"] = ["Enter your password."];
            return TypedResults.ValidationProblem(errors);
        }

        var found = await users.FindByEmailAsync(request.Email.Trim());
        if (found is null)
            return WrongCredentials();

        // One attempt per account at a time: the user's row stays locked from reading the failure count to saving
        // it, so parallel guesses are counted one by one and cannot race past the lockout.
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM users WHERE id = {found.Id} FOR UPDATE", token);
            var user = await users.FindByIdAsync(found.Id.ToString()) ?? throw new InvalidOperationException("The account vanished while signing in.");
            if (user.ClosedAt is not null)
                return WrongCredentials();
            if (await users.IsLockedOutAsync(user))
                return LockedOut(user, clock);
            if (!await users.CheckPasswordAsync(user, request.Password))
            {
                RequireSucceeded(await users.AccessFailedAsync(user));
                await transaction.CommitAsync(token);
                return await users.IsLockedOutAsync(user) ? LockedOut(user, clock) : WrongCredentials();
            }

            RequireSucceeded(await users.ResetAccessFailedCountAsync(user));
            var issued = sessions.Issue(user.Id, AccessTokenKind.Session, "web sign-in");
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return (IResult)TypedResults.Ok(new SessionResponse(issued.Token, issued.Record.ExpiresAt, UserResponse.From(user)));
        }, ct);
    }

    // A failed save here means a failure went uncounted: never let that pass silently.
    private static void RequireSucceeded(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Recording the sign-in attempt failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }

    private static async Task<NoContent> SignOutAsync(HttpContext http, StudioDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var tokenId = http.User.TokenIdOf();
        var now = clock.GetUtcNow();
        await db.AccessTokens.Where(t => t.Id == tokenId && t.RevokedAt == null).ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<MeResponse>, NotFound>> MeAsync(HttpContext http, StudioDbContext db, StudioAccess access, CancellationToken ct)
    {
        var userId = http.User.RequiredUserId();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
            return TypedResults.NotFound();

        var roles = await access.RolesAsync(ct);
        var teamIds = roles.Keys.ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).OrderBy(t => t.CreatedAt).ToListAsync(ct);
        var projects = await db.Projects.AsNoTracking().Where(p => teamIds.Contains(p.TeamId)).OrderBy(p => p.CreatedAt).ToListAsync(ct);
        var names = teams.ToDictionary(t => t.Id, t => t.Name);
        return TypedResults.Ok(new MeResponse(
            UserResponse.From(user),
            [.. teams.Select(t => new TeamSummaryResponse(t.Id, t.Name, roles[t.Id]))],
            [.. projects.Select(p => new ProjectResponse(p.Id, p.TeamId, names[p.TeamId], p.Name, roles[p.TeamId]))]));
    }

    private static async Task<IResult> CloseAsync(HttpContext http, StudioDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var userId = http.User.RequiredUserId();
        var now = clock.GetUtcNow();
        // A team whose only owner leaves can never be managed again; other people's work in it would be stranded.
        var stranded = await db.TeamMembers
            .Where(m => m.UserId == userId && m.Role == TeamRole.Owner)
            .Where(m => !db.TeamMembers.Any(o => o.TeamId == m.TeamId && o.UserId != userId && o.Role == TeamRole.Owner))
            .Where(m => db.TeamMembers.Any(o => o.TeamId == m.TeamId && o.UserId != userId))
            .Join(db.Teams, m => m.TeamId, t => t.Id, (m, t) => t.Name)
            .ToListAsync(ct);
        if (stranded.Count > 0)
            return TypedResults.Problem(title: "Hand your teams over first.", detail: $"You are the only owner of {string.Join(", ", stranded)}, which others belong to: make someone else an owner.", statusCode: StatusCodes.Status409Conflict);

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(set => set.SetProperty(u => u.ClosedAt, now), token);
            await db.AccessTokens.Where(t => t.UserId == userId && t.RevokedAt == null).ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), token);
            await transaction.CommitAsync(token);
        }, ct);
        return TypedResults.NoContent();
    }

    // The same answer whether the email is unknown or the password wrong: which emails have accounts is not ours to tell.
    private static ProblemHttpResult WrongCredentials() =>
        TypedResults.Problem(title: "Email or password is wrong.", statusCode: StatusCodes.Status401Unauthorized);

    private static IResult LockedOut(StudioUser user, TimeProvider clock)
    {
        var until = user.LockoutEnd ?? clock.GetUtcNow();
        var seconds = Math.Max(1, (int)Math.Ceiling((until - clock.GetUtcNow()).TotalSeconds));
        return new LockedOutResult(TypedResults.Problem(
            title: "Too many wrong passwords.",
            detail: $"This account is locked until {until:HH:mm:ss} UTC; try again then.",
            statusCode: StatusCodes.Status429TooManyRequests), seconds);
    }

    /// <summary>A 429 with Retry-After, so clients can wait exactly as long as the lockout lasts.</summary>
    private sealed class LockedOutResult(IResult problem, int retryAfterSeconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return problem.ExecuteAsync(httpContext);
        }
    }
}

public sealed record MeResponse(UserResponse User, IReadOnlyList<TeamSummaryResponse> Teams, IReadOnlyList<ProjectResponse> Projects);
