using System.ComponentModel.DataAnnotations;

namespace Reelwright.Api.Downloads;

/// <summary>How the API prepares downloads; bound from the "Downloads" configuration section.</summary>
public sealed class DownloadOptions
{
    public const string SectionName = "Downloads";

    /// <summary>The ffmpeg executable that writes the recipe into a downloaded MP4: a name looked up on PATH or a full path.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Downloads:FfmpegPath must name the ffmpeg executable.")]
    public string FfmpegPath { get; set; } = "ffmpeg";

    /// <summary>A remux copies the streams and takes well under a second; an ffmpeg that hangs must not hold a request.</summary>
    [Range(1, 3600)]
    public int TimeoutSeconds { get; set; } = 60;
}
