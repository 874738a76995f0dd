using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Reelwright.Inference;

namespace Reelwright.InferenceBenchmarks;

/// <summary>
/// The "before" of every optimisation, written the way ONNX Runtime's tutorials read: guidance as two batch-1 runs
/// (prompt, then negative prompt), and fresh input tensors, arrays and output values at every step.
/// </summary>
public sealed class NaiveTwoRunDenoiser(InferenceSession session, ClipTensorShape shape, int maxTokens) : IClipDenoiser, IDisposable
{
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
        RunOnce(sample, timestep, promptTokens, denoisedPrompt);
        RunOnce(sample, timestep, negativeTokens, denoisedNegative);
    }

    public void Dispose() => session.Dispose();

    private void RunOnce(ReadOnlySpan<float> sample, float timestep, ReadOnlySpan<long> tokens, Span<float> denoised)
    {
        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("sample", new DenseTensor<float>(sample.ToArray(), [1, shape.Frames, shape.Channels, shape.Height, shape.Width])),
            NamedOnnxValue.CreateFromTensor("timestep", new DenseTensor<float>(new[] { timestep }, [1])),
            NamedOnnxValue.CreateFromTensor("tokens", new DenseTensor<long>(tokens.ToArray(), [1, maxTokens])),
        };
        using var results = session.Run(inputs);
        results.First(r => r.Name == "denoised").AsTensor<float>().ToArray().CopyTo(denoised);
    }
}
