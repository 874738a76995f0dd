using Reelwright.Models;

namespace Reelwright.Inference;

/// <summary>The network's layout of one clip: [frame, channel (RGB), row, column], C order.</summary>
public readonly record struct ClipTensorShape(int Frames, int Channels, int Height, int Width)
{
    public int ElementCount => Frames * Channels * Height * Width;

    public static ClipTensorShape From(ModelManifest manifest) => new(manifest.MiniSora?.Frames ?? throw new NotSupportedException($"Model '{manifest.Id}' is not a MiniSora model."), 3, manifest.Height, manifest.Width);

    /// <summary>The tensor dimensions for a batch of clips, as ONNX Runtime wants them.</summary>
    public long[] BatchDimensions(int batch) => [batch, Frames, Channels, Height, Width];
}
