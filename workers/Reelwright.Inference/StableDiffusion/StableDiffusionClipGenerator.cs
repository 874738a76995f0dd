using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.ML.OnnxRuntime;
using Reelwright.Inference.StableDiffusion.Schedulers;
using Reelwright.Models;
using Reelwright.Models.StableDiffusion;
using Reelwright.Models.Tokenizers;

namespace Reelwright.Inference.StableDiffusion;

/// <summary>
/// Text-to-clip for a diffusers-layout Stable Diffusion ONNX export (text_encoder, unet, vae_decoder, CLIP tokenizer).
/// Stable Diffusion makes still images, so a clip is a walk through latent space: keyframes sampled from successive
/// seeds' noise, frames between them sampled from noise interpolated along the arc between the keyframes' (and, with an
/// end prompt, text that moves from one prompt to the other). Every frame is a full sampling run: frames change
/// smoothly because their starting noise does. Generations are serialized, as for MiniSora: one step at a time per
/// session, and the work buffers are shared.
/// </summary>
public sealed class StableDiffusionClipGenerator : IClipGenerator
{
    private readonly ILogger _logger;
    private readonly StableDiffusionFiles _files;
    private readonly ClipBpeTokenizer _tokenizer;
    private readonly LatentShape _latent;
    private readonly TextEncoderNetwork _textEncoder;
    private readonly UnetNetwork _unet;
    private readonly VaeDecoderNetwork _vaeDecoder;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <exception cref="ModelChecksumMismatchException">A network file is not the one the manifest describes.</exception>
    /// <exception cref="ModelLayoutException">A network's inputs or outputs are not the ones this pipeline feeds.</exception>
    /// <exception cref="NotSupportedException">The manifest names another pipeline.</exception>
    public StableDiffusionClipGenerator(ModelManifest manifest, ExecutionProviderSelection executionProvider, ILogger<StableDiffusionClipGenerator>? logger = null)
        : this(manifest, executionProvider, new OnnxRuntimeProviderAppender(), logger)
    {
    }

    /// <param name="appender">Registers <paramref name="executionProvider"/>'s provider; the same one the selection probed with.</param>
    public StableDiffusionClipGenerator(ModelManifest manifest, ExecutionProviderSelection executionProvider, IExecutionProviderAppender appender, ILogger<StableDiffusionClipGenerator>? logger = null)
    {
        if (!manifest.IsStableDiffusion || manifest.StableDiffusion is not { } files)
            throw new NotSupportedException($"Model '{manifest.Id}' uses pipeline '{manifest.Pipeline}'; {nameof(StableDiffusionClipGenerator)} runs only '{ModelManifest.StableDiffusionPipeline}'.");

        _logger = logger ?? NullLogger<StableDiffusionClipGenerator>.Instance;
        var loading = Stopwatch.StartNew();
        Manifest = manifest;
        _files = files;
        ModelSha256 = CombinedSha256([.. files.Networks.Select(network => ModelChecksum.Verify(manifest.PathOf(network.File), network.Sha256))]);
        ExecutionProvider = executionProvider.Provider;
        OnnxRuntimeVersion = OnnxRuntimeBuild.Version;
        _tokenizer = LoadTokenizer(manifest, files);
        _latent = LatentShape.ForImage(manifest.Width, manifest.Height);

        using var options = DenoiserSessionOptions.Create(executionProvider.Provider, appender);
        _textEncoder = TextEncoderNetwork.Create(new InferenceSession(manifest.PathOf(files.TextEncoder.File), options), manifest.Id);
        try
        {
            _unet = UnetNetwork.Create(new InferenceSession(manifest.PathOf(files.Unet.File), options), manifest.Id, _latent, ClipBpeTokenizer.ContextLength, _textEncoder.HiddenSize);
            try
            {
                _vaeDecoder = VaeDecoderNetwork.Create(new InferenceSession(manifest.PathOf(files.VaeDecoder.File), options), manifest.Id, _latent, manifest.Width, manifest.Height);
            }
            catch
            {
                _unet.Dispose();
                throw;
            }
        }
        catch
        {
            _textEncoder.Dispose();
            throw;
        }

        _logger.LogInformation(
            "Loaded Stable Diffusion model {ModelId} ({Width}x{Height}, hidden size {HiddenSize}) on {ExecutionProvider} with ONNX Runtime {OnnxRuntimeVersion} in {LoadMs} ms",
            manifest.Id, manifest.Width, manifest.Height, _textEncoder.HiddenSize, ExecutionProvider, OnnxRuntimeVersion, loading.ElapsedMilliseconds);
    }

    public ModelManifest Manifest { get; }

    /// <summary>
    /// One fingerprint for the three networks: the sha256 of their own sha256s (lower-case hex, text encoder, unet, VAE
    /// decoder, one per line), so a change to any of them changes it.
    /// </summary>
    public string ModelSha256 { get; }

    public string OnnxRuntimeVersion { get; }

    public string ExecutionProvider { get; }

    /// <exception cref="ArgumentException">The recipe asks for something outside the manifest's limits or an unknown scheduler.</exception>
    /// <exception cref="OperationCanceledException">Cancelled while queued or between two steps.</exception>
    public async Task<GeneratedClip> GenerateAsync(ClipRecipe recipe, IProgress<SamplingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var walk = recipe.Walk ?? new LatentWalk(Manifest.Defaults.Keyframes!.Value, Manifest.Defaults.FramesBetween!.Value, EndPrompt: null);
        var scheduler = DiffusionSchedulers.Create(recipe.Scheduler ?? Manifest.Defaults.Scheduler!, _files.NoiseSchedule, recipe.Steps, _files.LcmOriginalSteps);
        RequireWithinLimits(recipe, walk);

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Sampling is seconds to minutes of CPU- or GPU-bound work; keep it off the caller's thread.
            return await Task.Run(() => Generate(recipe, walk, scheduler, progress, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        // Waits for a running generation so no session is freed under it.
        _gate.Wait();
        _textEncoder.Dispose();
        _unet.Dispose();
        _vaeDecoder.Dispose();
        _gate.Dispose();
    }

    private GeneratedClip Generate(ClipRecipe recipe, LatentWalk walk, IDiffusionScheduler scheduler, IProgress<SamplingProgress>? progress, CancellationToken cancellationToken)
    {
        var sampling = Stopwatch.StartNew();
        var text = WalkText.Encode(_tokenizer, _textEncoder, recipe.Prompt, walk.EndPrompt, recipe.NegativePrompt);
        var sampler = new LatentSampler(_unet, scheduler, _latent, (float)recipe.Guidance);
        var frameBytes = Manifest.Width * Manifest.Height * 3;
        var pixels = new byte[walk.FrameCount * frameBytes];
        var keyframes = new KeyframeNoise(recipe.Seed, _latent.ElementCount, walk.Keyframes);
        var latent = new float[_latent.ElementCount];

        for (var frame = 0; frame < walk.FrameCount; frame++)
        {
            var position = LatentWalkFrame.At(walk, frame);
            keyframes.StartingNoise(position, latent);
            var frameIndex = frame;
            sampler.Sample(latent, text.Unconditional, text.ConditionalAt(position.Along),
                step => LatentWalkFrame.StepNoiseSeed(recipe.Seed, frameIndex, step),
                step => progress?.Report(new SamplingProgress(frameIndex * recipe.Steps + step, walk.FrameCount * recipe.Steps)),
                cancellationToken);
            DecodeInto(latent, pixels.AsSpan(frame * frameBytes, frameBytes));
        }

        var frames = new RgbClip(pixels, walk.FrameCount, Manifest.Width, Manifest.Height, Manifest.Fps);
        var framesSha256 = FramesHash.Sha256(frames);
        var samplerName = $"{scheduler.Name}-cfg-latent-walk";
        _logger.LogInformation(
            "Sampled {Frames} frames ({Keyframes} keyframes) with {Steps} {Scheduler} steps each, guidance {Guidance}, on {ExecutionProvider} in {InferenceMs} ms (frames sha256 {FramesSha256})",
            walk.FrameCount, walk.Keyframes, recipe.Steps, scheduler.Name, recipe.Guidance, ExecutionProvider, sampling.ElapsedMilliseconds, framesSha256);
        return new GeneratedClip(frames, framesSha256, sampling.ElapsedMilliseconds, samplerName);
    }

    private void DecodeInto(Span<float> latent, Span<byte> frame)
    {
        var unscale = (float)(1 / _files.VaeScalingFactor);
        for (var i = 0; i < latent.Length; i++)
            latent[i] *= unscale;
        ClipPixelConverter.WriteFrame(_vaeDecoder.Decode(latent), channels: 3, frame);
    }

    private void RequireWithinLimits(ClipRecipe recipe, LatentWalk walk)
    {
        var limits = Manifest.Limits;
        if (!limits.AllowsSteps(recipe.Steps))
            throw new ArgumentOutOfRangeException(nameof(recipe), recipe.Steps, $"Steps must be {limits.MinSteps}-{limits.MaxSteps} for model '{Manifest.Id}'.");
        if (!limits.AllowsGuidance(recipe.Guidance))
            throw new ArgumentOutOfRangeException(nameof(recipe), recipe.Guidance, $"Guidance must be {limits.MinGuidance}-{limits.MaxGuidance} for model '{Manifest.Id}'.");
        if (!limits.AllowsKeyframes(walk.Keyframes))
            throw new ArgumentOutOfRangeException(nameof(recipe), walk.Keyframes, $"Keyframes must be 2-{limits.MaxKeyframes} for model '{Manifest.Id}'.");
        if (!limits.AllowsFramesBetween(walk.FramesBetween))
            throw new ArgumentOutOfRangeException(nameof(recipe), walk.FramesBetween, $"Frames between keyframes must be 0-{limits.MaxFramesBetween} for model '{Manifest.Id}'.");
    }

    private static ClipBpeTokenizer LoadTokenizer(ModelManifest manifest, StableDiffusionFiles files)
    {
        try
        {
            return ClipBpeTokenizer.Load(manifest.PathOf(files.VocabFile), manifest.PathOf(files.MergesFile), files.PadToken);
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new ModelManifestException($"The tokenizer of model '{manifest.Id}' cannot be loaded: {e.Message}", e);
        }
    }

    private static string CombinedSha256(string[] networkSha256s) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(string.Join('\n', networkSha256s))));
}
