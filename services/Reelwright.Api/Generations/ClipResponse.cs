using Reelwright.Api.Media;
using Reelwright.Data.Generations;

namespace Reelwright.Api.Generations;

/// <summary>
/// A finished clip. Media URLs are relative to the API, signed for a limited time (see MediaUrlSigner), and stream from
/// the blob store with range support.
/// </summary>
public sealed record ClipResponse(
    string VideoUrl,
    string PosterUrl,
    string PreviewUrl,
    double DurationSeconds,
    int FrameCount,
    int Fps,
    int Width,
    int Height,
    long VideoBytes,
    string VideoSha256,
    string FramesSha256,
    long InferenceMs,
    long EncodeMs,
    ReproducibilityResponse Reproducibility)
{
    public static ClipResponse From(Clip c, int mediaAccessVersion, MediaUrlSigner signer) => new(
        signer.UrlFor(c.GenerationId, MediaKind.Video, mediaAccessVersion),
        signer.UrlFor(c.GenerationId, MediaKind.Poster, mediaAccessVersion),
        signer.UrlFor(c.GenerationId, MediaKind.Preview, mediaAccessVersion),
        c.DurationSeconds, c.FrameCount, c.Fps, c.Width, c.Height, c.VideoBytes, c.VideoSha256, c.FramesSha256,
        c.InferenceMs, c.EncodeMs,
        new ReproducibilityResponse(c.ModelSha256, c.OnnxRuntimeVersion, c.ExecutionProvider, c.Sampler));
}
