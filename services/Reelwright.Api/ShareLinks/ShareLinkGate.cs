using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Api.Accounts;
using Reelwright.Data;
using Reelwright.Data.Sharing;

namespace Reelwright.Api.ShareLinks;

/// <summary>
/// Opening a share link by its token, in this order: unknown (404), expired or revoked (410), too many wrong passphrases
/// lately (429 with Retry-After, before the passphrase is even looked at), missing or wrong passphrase (401, a wrong one
/// recorded as a failure). The count, the check and the recording run under a lock on the link's row and one on the
/// client address, so guesses sent all at once are counted one after another instead of all passing an empty count.
/// </summary>
public static class ShareLinkGate
{
    // Two-key advisory lock for client addresses; this first key keeps them apart from any other advisory lock.
    private const int AddressLockSpace = 0x5348524C;

    public static async Task<(ShareLink? Link, IResult? Refusal)> OpenAsync(
        string token, string? passphrase, HttpContext http, StudioDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var hash = SecretTokens.Hash(token);
        var link = await db.ShareLinks.AsNoTracking().SingleOrDefaultAsync(l => l.TokenHash == hash, ct);
        if (link is null)
            return (null, AccessProblems.NotFound("share link"));
        if (Gone(link, clock.GetUtcNow()) is { } gone)
            return (null, gone);
        if (link.PassphraseHash is not { } passphraseHash)
            return (link, null);

        var address = ClientAddress(http);
        var strategy = db.Database.CreateExecutionStrategy();
        var refusal = await strategy.ExecuteAsync(async t =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(t);
            // Always the link first, then the address: no two requests wait on each other in opposite orders.
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM share_links WHERE id = {link.Id} FOR UPDATE", t);
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock({AddressLockSpace}, hashtext({address}))", t);
            var now = clock.GetUtcNow();
            if (await PassphraseGuessLimits.RetryAfterAsync(db, link.Id, address, now, t) is { } wait)
                return TooManyGuesses(http, wait);
            if (string.IsNullOrEmpty(passphrase))
                return PassphraseProblem("This link needs its passphrase.", "Ask whoever shared it for the passphrase and send it as passphrase.");
            if (SharePassphrases.Matches(passphraseHash, passphrase))
                return null;
            db.ShareLinkFailures.Add(new ShareLinkFailure { Id = Guid.CreateVersion7(), ShareLinkId = link.Id, ClientAddress = address, At = now });
            await db.SaveChangesAsync(t);
            await transaction.CommitAsync(t);
            return PassphraseProblem("That passphrase is not right.", "Check it with whoever shared the link; wrong tries are limited.");
        }, ct);
        return refusal is null ? (link, null) : (null, refusal);
    }

    private static IResult? Gone(ShareLink link, DateTimeOffset now) =>
        link switch
        {
            { RevokedAt: not null } => GoneProblem("Whoever shared it has revoked this link."),
            { ExpiresAt: { } expiresAt } when expiresAt <= now => GoneProblem($"This link expired at {expiresAt:u}."),
            _ => null,
        };

    private static IResult GoneProblem(string detail) =>
        TypedResults.Problem(title: "This share link no longer works.", detail: detail, statusCode: StatusCodes.Status410Gone);

    private static IResult PassphraseProblem(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status401Unauthorized,
            extensions: new Dictionary<string, object?> { ["field"] = "passphrase" });

    private static IResult TooManyGuesses(HttpContext http, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            title: "Too many wrong passphrases.",
            detail: $"Wrong passphrases are limited to {PassphraseGuessLimits.PerLink} per link and {PassphraseGuessLimits.PerAddress} per address in {PassphraseGuessLimits.Window.TotalMinutes:0} minutes. Try again in {seconds} seconds.",
            statusCode: StatusCodes.Status429TooManyRequests);
    }

    // The proxy's forwarded-headers middleware has already put the client's own address here.
    private static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
