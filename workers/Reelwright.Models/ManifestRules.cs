using System.Text.RegularExpressions;

namespace Reelwright.Models;

/// <summary>The checks every manifest section shares; each adds a problem in words instead of throwing.</summary>
internal static partial class ManifestRules
{
    /// <summary>
    /// A path inside the model's own folder (sub-folders allowed, as exports use <c>unet/model.onnx</c>): a manifest
    /// must not point the worker at files elsewhere on the machine.
    /// </summary>
    public static void RequireRelativeFile(List<string> problems, string member, string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || Path.IsPathRooted(path)
            || path.Split('/', '\\').Any(part => part is "" or "." or ".."))
            problems.Add($"{member} '{path}' must be a relative path inside the model's folder");
    }

    public static void RequireSha256(List<string> problems, string member, string? sha256)
    {
        if (sha256 is null || !Sha256Pattern().IsMatch(sha256))
            problems.Add($"{member} '{sha256}' must be 64 hexadecimal digits");
    }

    public static void RequirePositive(List<string> problems, string member, int value)
    {
        if (value <= 0)
            problems.Add($"{member} must be positive, not {value}");
    }

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Pattern();
}
