namespace Reelwright.Web.Studio;

/// <summary>The files GET /api/generations/{id}/download offers, by their ?format= value.</summary>
public static class ShareDownloadFormat
{
    /// <summary>The clip's MP4 with its title and recipe written into the file's metadata.</summary>
    public const string Mp4 = "mp4";

    /// <summary>The animated preview as it is.</summary>
    public const string Gif = "gif";

    /// <summary>
    /// A share link's download address asking for <paramref name="format"/>: the API gives one address per clip (with
    /// whatever proves the link), and the format is the one part the page chooses.
    /// </summary>
    public static string Apply(string downloadUrl, string format)
    {
        var queryStart = downloadUrl.IndexOf('?');
        if (queryStart < 0)
            return $"{downloadUrl}?format={format}";
        var others = downloadUrl[(queryStart + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !pair.StartsWith("format=", StringComparison.OrdinalIgnoreCase));
        return $"{downloadUrl[..queryStart]}?{string.Join('&', others.Append($"format={format}"))}";
    }
}
