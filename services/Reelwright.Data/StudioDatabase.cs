using Microsoft.EntityFrameworkCore;

namespace Reelwright.Data;

/// <summary>The one place that says how Reelwright talks to PostgreSQL, shared by the API, tests and design-time tools.</summary>
public static class StudioDatabase
{
    public static DbContextOptionsBuilder UseStudioDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options
            // Short retries ride out a blip; a real outage is answered 503 within seconds instead of holding requests.
            .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(2), errorCodesToAdd: null))
            .UseSnakeCaseNamingConvention();
}
