using System.ComponentModel.DataAnnotations;

namespace Reelwright.Api.Workers;

public sealed class WorkersOptions
{
    public const string SectionName = "Workers";

    /// <summary>A worker not heard from for this long is shown offline and no longer speaks for its models (three missed reports by default).</summary>
    [Range(1, 86_400)]
    public int OfflineAfterSeconds { get; set; } = 30;
}
