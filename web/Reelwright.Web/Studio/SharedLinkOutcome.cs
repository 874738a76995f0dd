namespace Reelwright.Web.Studio;

/// <summary>
/// What opening a share link came to. Only <see cref="Shown"/> carries content; the others are ordinary answers for a
/// visitor (a passphrase to type, a link that has ended, too many tries), not failures, so they are values, not exceptions.
/// </summary>
public abstract record SharedLinkOutcome
{
    private SharedLinkOutcome()
    {
    }

    public sealed record Shown(SharedView View) : SharedLinkOutcome;

    /// <summary>401: the link has a passphrase; <paramref name="WasWrong"/> when one was sent and it did not match.</summary>
    public sealed record PassphraseNeeded(bool WasWrong) : SharedLinkOutcome;

    /// <summary>410: the link expired or was revoked; Detail is the API's own words when it gave any.</summary>
    public sealed record Ended(string? Detail) : SharedLinkOutcome;

    /// <summary>429: too many wrong passphrases; the API will not check another until RetryAfter has passed.</summary>
    public sealed record TooManyTries(TimeSpan RetryAfter) : SharedLinkOutcome
    {
        /// <summary>Whole minutes to wait, rounded up and never 0, for "try again in N minutes".</summary>
        public int MinutesToWait => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalMinutes));
    }

    /// <summary>404: no such link (a mistyped or made-up token).</summary>
    public sealed record NotFound : SharedLinkOutcome;
}
