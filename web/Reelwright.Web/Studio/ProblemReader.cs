using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Reelwright.Web.Studio;

/// <summary>Turns the API's RFC 7807 answers into complaints keyed by field, with words of our own when the body has none.</summary>
public static class ProblemReader
{
    public static async Task<StudioProblemException> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var problem = await TryReadAsync(response, ct);
        if (problem is { Errors.Count: > 0 })
            return new StudioProblemException(response.StatusCode, problem.Errors.AsReadOnly());
        var message = problem?.Detail ?? problem?.Title ?? FallbackMessage(response.StatusCode);
        return new StudioProblemException(response.StatusCode, new Dictionary<string, string[]> { [""] = [message] });
    }

    public static async Task<ValidationProblemDetails?> TryReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(StudioJson.Options, ct);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            return null; // an empty or non-JSON body (a proxy's error page): fall back to the status
        }
    }

    private static string FallbackMessage(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Forbidden => "You are not allowed to do that.",
        HttpStatusCode.NotFound => "That no longer exists, or you cannot see it.",
        HttpStatusCode.Conflict => "That clashes with the current state; reload and try again.",
        HttpStatusCode.Gone => "That is no longer available.",
        HttpStatusCode.TooManyRequests => "Too many attempts; wait a moment and try again.",
        _ => $"The Studio API refused the request ({(int)status} {status}).",
    };
}
