using Reelwright.Inference;
using Reelwright.UnitTests.Models;
using Xunit;

namespace Reelwright.UnitTests.Inference;

/// <summary>A sampling step on the CPU allocates no managed memory: a clip's garbage does not grow with its steps.</summary>
[Collection(MiniSoraShapesCollection.Name)]
public sealed class SamplingAllocationTests(MiniSoraShapesModel model)
{
    [Fact]
    public void Sampling_on_the_cpu_allocates_nothing_per_step()
    {
        using var options = DenoiserSessionOptions.Create(ExecutionProviderNames.Cpu, new OnnxRuntimeProviderAppender());
        using var denoiser = OnnxClipDenoiser.Load(
            MiniSoraClipGenerator.ModelPathOf(model.Manifest), options, ClipTensorShape.From(model.Manifest), model.Manifest.MaxPromptTokens, ExecutionProviderNames.Cpu);
        var sampler = new ClipSampler(denoiser);
        var clip = SeededGaussianNoise.Create(5, denoiser.Shape.ElementCount);
        var tokens = model.Tokenizer.Encode("a blue ring spinning");
        var negative = model.Tokenizer.Encode("");
        sampler.Sample(clip, tokens, negative, 1, 1.5f, null, TestContext.Current.CancellationToken);

        // Sampling runs on this thread, so this thread's count is the whole story.
        var before = GC.GetAllocatedBytesForCurrentThread();
        sampler.Sample(clip, tokens, negative, 2, 1.5f, null, TestContext.Current.CancellationToken);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
