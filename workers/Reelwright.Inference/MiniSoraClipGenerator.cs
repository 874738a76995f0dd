using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reelwright.Models;

namespace Reelwright.Inference;

/// <summary>
/// Text-to-clip for one MiniSora model: what the worker calls. Loads and verifies the model once, then turns
/// recipes into frames. Generations are serialized: one session runs one step at a time (DirectML requires it, and
/// on CPU a second concurrent clip would only halve the threads each gets), and the work buffers are shared.
/// </summary>
public sealed class MiniSoraClipGenerator : IClipGenerator
{

    private readonly ILogger _logger;
    private readonly PromptTokenizer _tokenizer;
    private readonly OnnxClipDenoiser _denoiser;
    private readonly ClipSampler _sampler;
    private readonly ClipTensorShape _shape;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly float[] _clip;
    private readonly long[] _promptTokens;
    private readonly long[] _negativeTokens;

    /// <exception cref="ModelChecksumMismatchException">The model file is not the one the manifest describes.</exception>
    /// <exception cref="NotSupportedException">The manifest names another pipeline.</exception>
    public MiniSoraClipGenerator(
        ModelManifest manifest,
        ExecutionProviderSelection executionProvider,
        ILogger<MiniSoraClipGenerator>? logger = null,
        MiniSoraClipGeneratorOptions? options = null)
        : this(manifest, executionProvider, new OnnxRuntimeProviderAppender(), logger, options)
    {
    }

    /// <param name="appender">Registers <paramref name="executionProvider"/>'s provider; the same one the selection probed with.</param>
    /// <param name="options">Null for the defaults (optimised model cached beside the model).</param>
    public MiniSoraClipGenerator(
        ModelManifest manifest,
        ExecutionProviderSelection executionProvider,
        IExecutionProviderAppender appender,
        ILogger<MiniSoraClipGenerator>? logger = null,
        MiniSoraClipGeneratorOptions? options = null)
    {
        if (manifest.Pipeline != ModelManifest.MiniSoraPipeline || manifest.MiniSora is null)
            throw new NotSupportedException($"Model '{manifest.Id}' uses pipeline '{manifest.Pipeline}'; {nameof(MiniSoraClipGenerator)} runs only '{ModelManifest.MiniSoraPipeline}'.");

        _logger = logger ?? NullLogger<MiniSoraClipGenerator>.Instance;
        var loading = Stopwatch.StartNew();
        var modelPath = ModelPathOf(manifest);

        Manifest = manifest;
        ModelSha256 = ModelChecksum.Verify(modelPath, manifest.MiniSora.Sha256);
        ExecutionProvider = executionProvider.Provider;
        OnnxRuntimeVersion = OnnxRuntimeBuild.Version;
        _tokenizer = PromptTokenizer.Load(manifest);
        _shape = ClipTensorShape.From(manifest);
        var session = CreateSession(modelPath, executionProvider.Provider, appender, options ?? new MiniSoraClipGeneratorOptions());
        OptimizedGraph = session.Source;
        _denoiser = OnnxClipDenoiser.Create(session.Session, modelPath, _shape, manifest.MaxPromptTokens, executionProvider.Provider);
        _sampler = new ClipSampler(_denoiser);
        _clip = new float[_shape.ElementCount];
        _promptTokens = new long[manifest.MaxPromptTokens];
        _negativeTokens = new long[manifest.MaxPromptTokens];

        _logger.LogInformation(
            "Loaded model {ModelId} (sha256 {ModelSha256}) on {ExecutionProvider} with ONNX Runtime {OnnxRuntimeVersion} in {LoadMs} ms (graph: {OptimizedGraph})",
            manifest.Id, ModelSha256, ExecutionProvider, OnnxRuntimeVersion, loading.ElapsedMilliseconds, OptimizedGraph);
    }

    public ModelManifest Manifest { get; }

    /// <summary>Where the network of a MiniSora model is.</summary>
    public static string ModelPathOf(ModelManifest manifest) =>
        manifest.PathOf(manifest.MiniSora?.ModelFile ?? throw new NotSupportedException($"Model '{manifest.Id}' is not a MiniSora model."));

    /// <summary>The verified sha256 of the loaded model file (lower-case hex).</summary>
    public string ModelSha256 { get; }

    public string OnnxRuntimeVersion { get; }

    /// <summary>The provider the session runs on, e.g. "CPU", "CUDA", "DirectML".</summary>
    public string ExecutionProvider { get; }

    /// <summary>Whether the session's graph was optimised at this start or loaded already optimised from the cache.</summary>
    public OptimizedGraphSource OptimizedGraph { get; }

    /// <summary>Samples the clip the recipe describes, starting from the noise its seed names.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Steps or guidance are outside the manifest's limits.</exception>
    /// <exception cref="OperationCanceledException">Cancelled while queued or between two steps.</exception>
    public Task<GeneratedClip> GenerateAsync(ClipRecipe recipe, IProgress<SamplingProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunSerializedAsync(recipe, clip => SeededGaussianNoise.Fill(recipe.Seed, clip), progress, cancellationToken);

    /// <summary>
    /// Samples from the given starting noise instead of the seed's (which is ignored): for checking against
    /// reference vectors made by another implementation, whose noise generator differs.
    /// </summary>
    public Task<GeneratedClip> GenerateFromNoiseAsync(ClipRecipe recipe, ReadOnlyMemory<float> startingNoise, IProgress<SamplingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (startingNoise.Length != _shape.ElementCount)
            throw new ArgumentException($"The starting noise must hold {_shape.ElementCount} values, not {startingNoise.Length}.", nameof(startingNoise));
        return RunSerializedAsync(recipe, clip => startingNoise.Span.CopyTo(clip), progress, cancellationToken);
    }

    public void Dispose()
    {
        // Waits for a running generation so the session is never freed under it.
        _gate.Wait();
        _denoiser.Dispose();
        _gate.Dispose();
    }

    private async Task<GeneratedClip> RunSerializedAsync(ClipRecipe recipe, Action<Span<float>> startingNoise, IProgress<SamplingProgress>? progress, CancellationToken cancellationToken)
    {
        RequireWithinLimits(recipe);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Sampling is seconds of CPU-bound work; keep it off the caller's thread.
            return await Task.Run(() => Generate(recipe, startingNoise, progress, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private GeneratedClip Generate(ClipRecipe recipe, Action<Span<float>> startingNoise, IProgress<SamplingProgress>? progress, CancellationToken cancellationToken)
    {
        // The card's negative prompt defaults to the empty prompt, which the tokenizer encodes as all padding.
        _tokenizer.Encode(recipe.Prompt, _promptTokens);
        _tokenizer.Encode(recipe.NegativePrompt, _negativeTokens);
        startingNoise(_clip);

        var sampling = Stopwatch.StartNew();
        _sampler.Sample(_clip, _promptTokens, _negativeTokens, recipe.Steps, (float)recipe.Guidance, progress, cancellationToken);
        var inferenceMs = sampling.ElapsedMilliseconds;

        var frames = ClipPixelConverter.ToRgbClip(_clip, _shape, Manifest.Fps);
        var framesSha256 = FramesHash.Sha256(frames);
        _logger.LogInformation(
            "Sampled a clip with {Steps} steps, guidance {Guidance} on {ExecutionProvider} in {InferenceMs} ms (frames sha256 {FramesSha256})",
            recipe.Steps, recipe.Guidance, ExecutionProvider, inferenceMs, framesSha256);
        return new GeneratedClip(frames, framesSha256, inferenceMs, ClipSampler.Name);
    }

    private void RequireWithinLimits(ClipRecipe recipe)
    {
        var limits = Manifest.Limits;
        if (!limits.AllowsSteps(recipe.Steps))
            throw new ArgumentOutOfRangeException(nameof(recipe), recipe.Steps, $"Steps must be {limits.MinSteps}-{limits.MaxSteps} for model '{Manifest.Id}'.");
        if (!limits.AllowsGuidance(recipe.Guidance))
            throw new ArgumentOutOfRangeException(nameof(recipe), recipe.Guidance, $"Guidance must be {limits.MinGuidance}-{limits.MaxGuidance} for model '{Manifest.Id}'.");
    }

    private DenoiserSession CreateSession(string modelPath, string provider, IExecutionProviderAppender appender, MiniSoraClipGeneratorOptions options)
    {
        if (!options.CacheOptimizedModel)
            return new DenoiserSession(OptimizedModelCache.LoadOptimizingNow(modelPath, provider, appender), OptimizedGraphSource.OptimizedAtLoad);

        var cache = new OptimizedModelCache(options.OptimizedModelCacheDirectory ?? OptimizedModelCache.DefaultDirectory(modelPath), _logger);
        return cache.CreateSession(modelPath, ModelSha256, provider, appender);
    }
}
