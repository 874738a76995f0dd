namespace Reelwright.Api.Downloads;

/// <summary>What a download hands over: the video with its recipe written in, or the looping preview.</summary>
public enum DownloadFormat
{
    Mp4,
    Gif,
}

public static class DownloadFormats
{
    /// <summary>"mp4" or "gif" in any case; a missing format means the video.</summary>
    public static bool TryParse(string? text, out DownloadFormat format)
    {
        switch (text?.ToLowerInvariant())
        {
            case null or "mp4":
                format = DownloadFormat.Mp4;
                return true;
            case "gif":
                format = DownloadFormat.Gif;
                return true;
            default:
                format = default;
                return false;
        }
    }
}
