namespace Reelwright.Api.Downloads;

/// <summary>Download links a browser can follow: they carry a clip's signed video URL's signature instead of a bearer token.</summary>
public static class DownloadUrls
{
    /// <param name="signedVideoUrl">The clip's video URL as the media signer made it (…/media/video?exp=…&amp;v=…&amp;sig=…).</param>
    public static string Signed(Guid generationId, string signedVideoUrl, string format = "mp4") =>
        $"/api/generations/{generationId}/download?format={format}&{signedVideoUrl[(signedVideoUrl.IndexOf('?') + 1)..]}";
}
