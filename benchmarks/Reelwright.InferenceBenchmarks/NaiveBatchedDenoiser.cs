using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Reelwright.Inference;

namespace Reelwright.InferenceBenchmarks;

/// <summary>
/// The first optimisation alone: guidance batched (prompt and negative prompt in one run of batch 2), but still
/// fresh input tensors, arrays and output values at every step.
/// </summary>
public sealed class NaiveBatchedDenoiser(InferenceSession session, ClipTensorShape shape, int maxTokens) : IClipDenoiser, IDisposable
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
        var n = shape.ElementCount;
        var batch = new float[2 * n];
        sample.CopyTo(batch.AsSpan(0, n));
        sample.CopyTo(batch.AsSpan(n, n));
        var tokens = new long[2 * maxTokens];
        promptTokens.CopyTo(tokens.AsSpan(0, maxTokens));
        negativeTokens.CopyTo(tokens.AsSpan(maxTokens, maxTokens));
        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("sample", new DenseTensor<float>(batch, [2, shape.Frames, shape.Channels, shape.Height, shape.Width])),
            NamedOnnxValue.CreateFromTensor("timestep", new DenseTensor<float>(new[] { timestep, timestep }, [2])),
            NamedOnnxValue.CreateFromTensor("tokens", new DenseTensor<long>(tokens, [2, maxTokens])),
        };

        using var results = session.Run(inputs);
        var denoised = results.First(r => r.Name == "denoised").AsTensor<float>().ToArray();
        denoised.AsSpan(0, n).CopyTo(denoisedPrompt);
        denoised.AsSpan(n, n).CopyTo(denoisedNegative);
    }

    public void Dispose() => session.Dispose();
}
