using System.Security.Cryptography;
using Reelwright.Models;

namespace Reelwright.Inference;

/// <summary>
/// The sha256 of a clip's raw frame bytes: equal hashes mean byte-identical frames, which is how determinism
/// (same recipe, same model, same provider) is checked without storing the frames twice.
/// </summary>
public static class FramesHash
{
    public static string Sha256(RgbClip clip) => Convert.ToHexStringLower(SHA256.HashData(clip.Pixels));
}
