using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Reelwright.Api.Generations;

/// <summary>
/// Identifies a request body as submitted (before defaults and the random seed are filled in), so a retry with the
/// same Idempotency-Key is told apart from a different request that reuses the key by mistake.
/// </summary>
public static class RequestFingerprint
{
    public static string Of(SubmitGenerationRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request))));
}
