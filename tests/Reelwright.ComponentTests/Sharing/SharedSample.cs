using Reelwright.Web.Studio;

namespace Reelwright.ComponentTests.Sharing;

/// <summary>What a share link opens onto, as the API would describe it.</summary>
public static class SharedSample
{
    public const string Token = "sh_abcdef0123456789";

    public static SharedClipView Clip(int? version = null, string prompt = "a red circle drifting left")
    {
        var id = Guid.NewGuid();
        return new SharedClipView(id, version, GenerationStatus.Succeeded, prompt, NegativePrompt: "", ModelId: "minisora-shapes", Seed: 7, Steps: 20, Guidance: 1.5,
            Scheduler: null, Keyframes: null, FramesBetween: null, EndPrompt: null,
            VideoUrl: $"/api/generations/{id}/media/video?sig=v", PosterUrl: $"/api/generations/{id}/media/poster?sig=p",
            PreviewUrl: $"/api/generations/{id}/media/preview?sig=g", FrameCount: 16, Fps: 8, DurationSeconds: 2,
            DownloadUrl: null, Comments: null);
    }

    public static SharedView OfClip(SharedClipView clip, bool allowComments = false, bool allowDownloads = false) =>
        new("Clip", Title: null, allowComments, allowDownloads, ExpiresAt: null, [clip]);

    public static CommentView Comment(string body, int startFrame) => Sample.Comment(Guid.NewGuid(), body, startFrame);
}
