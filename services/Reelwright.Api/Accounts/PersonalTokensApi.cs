using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Reelwright.Data;
using Reelwright.Data.Accounts;

namespace Reelwright.Api.Accounts;

/// <summary>Personal access tokens for scripts: made here, shown once, listed by prefix, revoked at will.</summary>
public static class PersonalTokensApi
{
    public const int MaxNameLength = 100;

    public static void MapPersonalTokensApi(this IEndpointRouteBuilder app)
    {
        var tokens = app.MapGroup("/api/me/tokens").WithTags("Accounts").RequireAuthorization();
        tokens.MapGet("/", ListAsync).WithName("ListTokens").WithSummary("The caller's personal access tokens (never the tokens themselves)");
        tokens.MapPost("/", CreateAsync).WithName("CreateToken").WithSummary("Make a personal access token; the response is the only time it is shown");
        tokens.MapDelete("/{id:guid}", RevokeAsync).WithName("RevokeToken").WithSummary("Revoke one of the caller's tokens; it stops working at once");
    }

    private static async Task<Ok<List<TokenResponse>>> ListAsync(HttpContext http, StudioDbContext db, CancellationToken ct)
    {
        var userId = http.User.RequiredUserId();
        var tokens = await db.AccessTokens.AsNoTracking()
            .Where(t => t.UserId == userId && t.Kind == AccessTokenKind.Personal)
            .OrderByDescending(t => t.CreatedAt)
            .ToListAsync(ct);
        return TypedResults.Ok(tokens.Select(TokenResponse.From).ToList());
    }

    private static async Task<Results<Created<CreatedTokenResponse>, ValidationProblem>> CreateAsync(
        CreateTokenRequest request, HttpContext http, StudioDbContext db, SessionIssuer issuer, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > MaxNameLength)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = [$"Name the token (1 to {MaxNameLength} characters), e.g. what uses it."] });

        var (token, record) = issuer.Issue(http.User.RequiredUserId(), AccessTokenKind.Personal, request.Name.Trim());
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/me/tokens/{record.Id}", new CreatedTokenResponse(token, TokenResponse.From(record)));
    }

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(Guid id, HttpContext http, StudioDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var userId = http.User.RequiredUserId();
        var token = await db.AccessTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == userId && t.Kind == AccessTokenKind.Personal, ct);
        if (token is null)
            return TypedResults.NotFound();
        token.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
