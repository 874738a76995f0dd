using System.Security.Cryptography;
using System.Text;

namespace Reelwright.Api.Accounts;

/// <summary>
/// Random bearer secrets (access tokens, invitation links) and the hash the database keeps instead of them. 32 random
/// bytes cannot be guessed, so a plain SHA-256 is enough: there is nothing to brute-force as with a password.
/// </summary>
public static class SecretTokens
{
    public const string PersonalPrefix = "rw_pat_";
    public const string SessionPrefix = "rw_ses_";
    public const string InvitationPrefix = "rw_inv_";

    /// <summary>How much of a token is kept in clear, so people can tell their tokens apart.</summary>
    public const int VisiblePrefixLength = 12;

    public static string Generate(string prefix) => prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
