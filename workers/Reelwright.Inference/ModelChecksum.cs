using System.Security.Cryptography;

namespace Reelwright.Inference;

/// <summary>
/// Checks a model file against its manifest before loading: a truncated or swapped model still loads and
/// produces plausible-looking garbage, which is far harder to diagnose than a refusal at start-up.
/// </summary>
public static class ModelChecksum
{
    /// <summary>Lower-case hex sha256 of the file.</summary>
    public static string ComputeSha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <returns>The file's sha256 (lower-case hex), equal to <paramref name="expectedSha256"/> up to case.</returns>
    /// <exception cref="ModelChecksumMismatchException">The file's sha256 differs.</exception>
    public static string Verify(string path, string expectedSha256)
    {
        var actual = ComputeSha256(path);
        if (!string.Equals(actual, expectedSha256, StringComparison.OrdinalIgnoreCase))
            throw new ModelChecksumMismatchException(path, expectedSha256, actual);
        return actual;
    }
}
