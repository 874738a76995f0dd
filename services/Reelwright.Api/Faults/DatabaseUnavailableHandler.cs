using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace Reelwright.Api.Faults;

/// <summary>
/// While PostgreSQL cannot be reached, requests that need it are answered 503 with Retry-After, a ProblemDetails that
/// says so, and nothing half-done: every write is one transaction, so what was accepted before stays accepted and what
/// was refused can simply be sent again. Other exceptions go on to the default 500.
/// </summary>
public sealed class DatabaseUnavailableHandler(IProblemDetailsService problems, ILogger<DatabaseUnavailableHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsDatabaseOutage(exception))
            return false;

        logger.LogWarning("The database is unreachable; answered {Method} {Path} with 503", httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The studio's database is unavailable.",
                Detail = $"Nothing was changed by this request; send it again in a few seconds (Retry-After: {RetryAfterSeconds}).",
            },
        });
    }

    // EF's retrying strategy wraps the last transient failure; look through every layer for the connection's.
    private static bool IsDatabaseOutage(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true } or SocketException || e is NpgsqlException { InnerException: SocketException or TimeoutException })
                return true;
        }
        return false;
    }
}
