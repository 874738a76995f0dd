using Microsoft.AspNetCore.Identity;
using Reelwright.Data.Sharing;

namespace Reelwright.Api.ShareLinks;

/// <summary>
/// Passphrases are chosen by people, so unlike tokens they can be guessed: they are kept as Identity's salted, slow
/// password hash, and guesses are limited (<see cref="PassphraseGuessLimits"/>).
/// </summary>
public static class SharePassphrases
{
    public const int MinLength = 4;
    public const int MaxLength = 200;

    private static readonly PasswordHasher<ShareLink> Hasher = new();

    // Identity's hasher ignores the "user" argument; the link is not made yet when its passphrase is hashed.
    public static string Hash(string passphrase) => Hasher.HashPassword(null!, passphrase);

    public static bool Matches(string hash, string passphrase) =>
        Hasher.VerifyHashedPassword(null!, hash, passphrase) != PasswordVerificationResult.Failed;
}
