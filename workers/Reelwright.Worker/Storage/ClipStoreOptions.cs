using System.ComponentModel.DataAnnotations;

namespace Reelwright.Worker.Storage;

public sealed class ClipStoreOptions
{
    public const string SectionName = "ClipStore";

    /// <summary>Blob container for clips: 3-63 lower-case letters, digits and dashes.</summary>
    [Required, RegularExpression("^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$", ErrorMessage = "ClipStore:Container must be a valid blob container name.")]
    public string Container { get; set; } = "clips";

    /// <summary>Tries after the first failed request to the blob store, backing off exponentially, before the job fails.</summary>
    [Range(0, 20)]
    public int Retries { get; set; } = 5;

    /// <summary>The first back-off; each next one doubles, up to <see cref="RetryMaxDelaySeconds"/>.</summary>
    [Range(0.1, 60)]
    public double RetryDelaySeconds { get; set; } = 1;

    [Range(0.1, 600)]
    public double RetryMaxDelaySeconds { get; set; } = 16;
}
