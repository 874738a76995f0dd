using Microsoft.ML.OnnxRuntime;
using Reelwright.Inference;
using Reelwright.Models;

namespace Reelwright.InferenceBenchmarks;

/// <summary>
/// Every way of making a clip the benchmark compares, each adding one optimisation to the one before, then the
/// product as the worker calls it and the floor. Each has its own session, created the same way.
/// </summary>
public sealed record ClipVariants(IReadOnlyList<IClipVariant> All, IClipVariant Product, IClipVariant Floor) : IDisposable
{
    public static ClipVariants Create(ModelManifest manifest, string modelsDirectory, ExecutionProviderSelection cpu, OptimizedModelCache cache, ClipPrompt prompt)
    {
        var modelPath = MiniSoraClipGenerator.ModelPathOf(manifest);
        var shape = ClipTensorShape.From(manifest);
        var tokens = manifest.MaxPromptTokens;
        var appender = new OnnxRuntimeProviderAppender();
        InferenceSession Session() => OptimizedModelCache.LoadOptimizingNow(modelPath, cpu.Provider, appender);

        var product = new GeneratorVariant("product: MiniSoraClipGenerator.GenerateAsync",
            new MiniSoraClipGenerator(manifest, cpu, options: new MiniSoraClipGeneratorOptions { OptimizedModelCacheDirectory = cache.CacheDirectory }), prompt);
        var floor = new BareRunFloor($"floor: bare Run x {prompt.Steps}, batch 2, pre-allocated OrtValues", Session(), shape, prompt);
        IClipVariant[] all =
        [
            new SamplerVariant("naive: new tensors every step, guidance as 2 batch-1 Runs",
                new NaiveTwoRunDenoiser(Session(), shape, tokens), prompt, scalarStep: true),
            new SamplerVariant("+ guidance batched: 1 batch-2 Run",
                new NaiveBatchedDenoiser(Session(), shape, tokens), prompt, scalarStep: true),
            new SamplerVariant("+ pre-allocated OrtValues reused across steps",
                new PreallocatedRunDenoiser(Session(), shape, tokens), prompt, scalarStep: true),
            new SamplerVariant("+ Euler step in SIMD lanes (still double precision)",
                new PreallocatedRunDenoiser(Session(), shape, tokens), prompt),
            new SamplerVariant("+ tensors bound once (OrtIoBinding), no per-step allocation",
                OnnxClipDenoiser.Create(Session(), modelPath, shape, tokens, cpu.Provider), prompt),
            new SamplerVariant("+ optimised model cached on disk",
                OnnxClipDenoiser.Create(cache.CreateSession(modelPath, manifest.MiniSora!.Sha256, cpu.Provider, appender).Session, modelPath, shape, tokens, cpu.Provider), prompt),
            product,
            floor,
        ];
        return new ClipVariants(all, product, floor);
    }

    public void Dispose()
    {
        foreach (var variant in All)
            variant.Dispose();
    }
}
