using Reelwright.Inference;

namespace Reelwright.InferenceBenchmarks;

/// <summary>
/// Moves the same bytes per step as <see cref="OnnxClipDenoiser"/> (the clip into both halves of the batch, both
/// halves of the output back out) and leaves the network out, so what a loop costs beyond ONNX Runtime can be timed
/// without the network's noise. The "predictions" are whatever the output buffer holds: only the time matters.
/// </summary>
public sealed class CopyOnlyDenoiser(ClipTensorShape shape, int maxTokens) : IClipDenoiser
{
    private readonly float[] _batch = new float[2 * shape.ElementCount];
    private readonly float[] _output = new float[2 * shape.ElementCount];

    public ClipTensorShape Shape => shape;

    public int MaxTokens => maxTokens;

    public void Denoise(
        ReadOnlySpan<float> sample,
        float timestep,
        ReadOnlySpan<long> promptTokens,
        ReadOnlySpan<long> negativeTokens,
        Span<float> denoisedPrompt,
        Span<float> denoisedNegative)
    {
        var n = shape.ElementCount;
        sample.CopyTo(_batch.AsSpan(0, n));
        sample.CopyTo(_batch.AsSpan(n, n));
        _output.AsSpan(0, n).CopyTo(denoisedPrompt);
        _output.AsSpan(n, n).CopyTo(denoisedNegative);
    }
}
