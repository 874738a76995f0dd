using System.ComponentModel.DataAnnotations;

namespace Reelwright.Api.Webhooks;

public sealed class WebhookOptions : IValidatableObject
{
    public const string SectionName = "Webhooks";

    /// <summary>The schedule used when none is configured: about an hour and a quarter from the first attempt to the last.</summary>
    public static readonly IReadOnlyList<int> DefaultRetryDelaysSeconds = [10, 30, 120, 600, 3600];

    /// <summary>Off to run an API instance that records deliveries but leaves sending to the others.</summary>
    public bool SenderEnabled { get; set; } = true;

    /// <summary>A safety net: the sender is woken at once after a local commit, and polls for retries and other instances' rows.</summary>
    [Range(10, 60_000)]
    public int PollIntervalMs { get; set; } = 1000;

    /// <summary>How many due deliveries one instance claims and sends at once.</summary>
    [Range(1, 100)]
    public int BatchSize { get; set; } = 20;

    /// <summary>How long a receiver has to answer before the attempt counts as failed.</summary>
    [Range(1, 60)]
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// The wait after each failed attempt; a delivery is tried once plus once per entry, then Failed. Null means
    /// <see cref="DefaultRetryDelaysSeconds"/>: the configuration binder appends to an array that starts with values, so
    /// the default cannot live in the initializer.
    /// </summary>
    public int[]? RetryDelaysSeconds { get; set; }

    public WebhookRetrySchedule RetrySchedule => new(RetryDelaysSeconds ?? DefaultRetryDelaysSeconds);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RetryDelaysSeconds is { } delays && delays.Any(d => d is < 1 or > 86_400))
            yield return new ValidationResult("Each of Webhooks:RetryDelaysSeconds must be 1 to 86400 seconds.", [nameof(RetryDelaysSeconds)]);
    }
}
