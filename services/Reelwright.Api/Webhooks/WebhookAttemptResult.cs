namespace Reelwright.Api.Webhooks;

/// <summary>How one POST to a receiver went: its status code, if it answered, and what was wrong, if anything.</summary>
public sealed record WebhookAttemptResult(int? StatusCode, string? Error)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;

    public static WebhookAttemptResult Answered(int statusCode, string? reasonPhrase) =>
        new(statusCode, statusCode is >= 200 and < 300 ? null : $"HTTP {statusCode} {reasonPhrase}".TrimEnd());

    public static WebhookAttemptResult NoAnswer(string error) => new(null, error);
}
