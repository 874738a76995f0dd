namespace Reelwright.Worker.Media;

/// <summary>How clips are turned into media; bound from the "ClipEncoder" configuration section.</summary>
public sealed class ClipEncoderOptions
{
    public const string SectionName = "ClipEncoder";

    /// <summary>The ffmpeg executable: a name looked up on PATH or a full path.</summary>
    public string FfmpegPath { get; set; } = "ffmpeg";

    /// <summary>Smallest width in pixels of the MP4 and the poster (smaller clips are enlarged to it, wider ones keep their size); the height follows the clip's aspect ratio.</summary>
    public int OutputSize { get; set; } = 256;

    /// <summary>Width in pixels of the animated preview shown in the history strip.</summary>
    public int PreviewSize { get; set; } = 128;

    /// <summary>An ffmpeg that hangs must not hold a generation forever.</summary>
    public int TimeoutSeconds { get; set; } = 60;
}
