using Microsoft.EntityFrameworkCore;
using Reelwright.Data;

namespace Reelwright.Api.ShareLinks;

/// <summary>
/// How many wrong passphrases are let through before guessing is refused: 5 per link and 20 per client address (over
/// all links) in any 15 minutes. Counted from share_link_failures; a right passphrase clears nothing, so a guesser who
/// also knows one link's passphrase gains no extra tries.
/// </summary>
public static class PassphraseGuessLimits
{
    public const int PerLink = 5;
    public const int PerAddress = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>How long until a guess is allowed again, or null when one is allowed now.</summary>
    public static async Task<TimeSpan?> RetryAfterAsync(StudioDbContext db, Guid linkId, string clientAddress, DateTimeOffset now, CancellationToken ct)
    {
        var since = now - Window;
        var forLink = await db.ShareLinkFailures.Where(f => f.ShareLinkId == linkId && f.At > since).OrderBy(f => f.At).Select(f => f.At).ToListAsync(ct);
        var fromAddress = await db.ShareLinkFailures.Where(f => f.ClientAddress == clientAddress && f.At > since).OrderBy(f => f.At).Select(f => f.At).ToListAsync(ct);
        var waits = new[] { WaitFor(forLink, PerLink, now), WaitFor(fromAddress, PerAddress, now) }.OfType<TimeSpan>().ToList();
        return waits.Count == 0 ? null : waits.Max();
    }

    // Guessing opens again once enough failures have left the window to bring the count under the limit: usually when
    // the oldest one does, later if concurrent guesses went past the limit.
    private static TimeSpan? WaitFor(List<DateTimeOffset> failures, int limit, DateTimeOffset now) =>
        failures.Count < limit ? null : failures[failures.Count - limit] + Window - now;
}
