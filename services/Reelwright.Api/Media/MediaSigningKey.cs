using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Reelwright.Data;
using Reelwright.Data.Secrets;

namespace Reelwright.Api.Media;

/// <summary>The media URL signing key: made at random by the first API instance to start, read by every other.</summary>
public static class MediaSigningKey
{
    public const string SecretName = "media-url-signing";

    public static async Task<byte[]> LoadOrCreateAsync(StudioDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        // Two instances starting together both try to insert; the key stays whichever got there first.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO secrets (name, value, created_at) VALUES ({SecretName}, {RandomNumberGenerator.GetBytes(32)}, {clock.GetUtcNow()}) ON CONFLICT (name) DO NOTHING", ct);
        return await db.Secrets.Where(s => s.Name == SecretName).Select(s => s.Value).SingleAsync(ct);
    }
}
