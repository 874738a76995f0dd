namespace Reelwright.Data.Generations;

/// <summary>The media a succeeded generation produced, and the record needed to reproduce its frames exactly.</summary>
public sealed class Clip
{
    /// <summary>One clip per generation: the key is also what makes a duplicate ClipGenerated harmless.</summary>
    public Guid GenerationId { get; init; }

    public required string Container { get; init; }
    public required string VideoBlob { get; init; }
    public long VideoBytes { get; init; }
    public required string VideoSha256 { get; init; }
    public required string PosterBlob { get; init; }
    public long PosterBytes { get; init; }
    public required string PreviewBlob { get; init; }
    public long PreviewBytes { get; init; }

    public double DurationSeconds { get; init; }
    public int FrameCount { get; init; }
    public int Fps { get; init; }
    public int Width { get; init; }
    public int Height { get; init; }
    public required string FramesSha256 { get; init; }

    public required string ModelSha256 { get; init; }
    public required string OnnxRuntimeVersion { get; init; }
    public required string ExecutionProvider { get; init; }
    public required string Sampler { get; init; }

    public long InferenceMs { get; init; }
    public long EncodeMs { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
