using System.ComponentModel.DataAnnotations;

namespace Reelwright.Worker.Storage;

public sealed class ClipStoreOptions
{
    public const string SectionName = "ClipStore";

    /// <summary>Blob container for clips: 3-63 lower-case letters, digits and dashes.</summary>
    [Required, RegularExpression("^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$", ErrorMessage = "ClipStore:Container must be a valid blob container name.")]
    public string Container { get; set; } = "clips";
}
