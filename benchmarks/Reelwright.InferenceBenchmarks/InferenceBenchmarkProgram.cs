using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.ML.OnnxRuntime;
using Reelwright.Inference;
using Reelwright.Models;

namespace Reelwright.InferenceBenchmarks;

/// <summary>
/// Prints, for the built-in model on this machine's CPU with its default steps and guidance: session creation with
/// and without the optimised-model cache; each optimisation of the sampling loop side by side, from the naive loop
/// to the product, with per-clip and per-step medians and managed bytes per clip; and the product's loop
/// (<see cref="ClipGenerator.GenerateAsync"/>) against the floor of bare ONNX Runtime Runs, with the issue's goals.
/// Variants take turns clip by clip, each round starting one variant later, so a slow spell on a shared machine
/// weighs on all of them alike. Run it in Release on an otherwise idle machine: the network uses every core.
/// </summary>
public static class InferenceBenchmarkProgram
{
    public const string ModelId = "minisora-shapes";
    public const double GoalOverheadPercent = 5;
    public const long GoalBytesBeyondFrames = 1_000_000;

    public static async Task<int> Main(string[] args)
    {
        var clips = Option(args, "--clips", 7);
        var warmUpRounds = Option(args, "--warm-up", 2);
        var sessionRepetitions = Option(args, "--sessions", 5);

        var modelsDirectory = Path.Combine(AppContext.BaseDirectory, "models");
        var catalog = ModelCatalog.Load(modelsDirectory);
        if (!catalog.TryGet(ModelId, out var manifest))
            throw new InvalidOperationException($"Model '{ModelId}' is not in {modelsDirectory}.");
        var modelPath = manifest.ModelFilePath(modelsDirectory);
        var modelSha256 = ModelChecksum.Verify(modelPath, manifest.Sha256);
        var cpu = new ExecutionProviderSelector().Select([ExecutionProviderNames.Cpu]);
        var shape = ClipTensorShape.From(manifest);
        var prompt = ClipPrompt.For(manifest, modelsDirectory);
        var appender = new OnnxRuntimeProviderAppender();
        // Writing the cache makes ONNX Runtime warn that the graph is for this CPU only (the cache key says so);
        // the benchmark writes it a dozen times, and the warnings would bury the figures.
        OrtEnv.Instance().EnvLogLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR;

        // A private cache folder, so "cold" really is cold and nothing of a worker's cache is touched.
        var cacheDirectory = Path.Combine(Path.GetTempPath(), $"reelwright-inference-benchmark-{Environment.ProcessId}");
        var cache = new OptimizedModelCache(cacheDirectory);
        Directory.CreateDirectory(cacheDirectory);
        try
        {
            Console.WriteLine($"Reelwright inference benchmark: {manifest.DisplayName} on {cpu.Provider}, ONNX Runtime {OnnxRuntimeBuild.Version}, " +
                              $"{Environment.ProcessorCount} cores ({RuntimeInformation.ProcessArchitecture}, {RuntimeInformation.OSDescription}), .NET {Environment.Version}");
            Console.WriteLine($"{prompt.Steps} steps, guidance {Format(prompt.Guidance)}, prompt \"{prompt.Text}\"");
            Console.WriteLine();

            var sessions = new SessionCreationBenchmark(modelPath, modelSha256, cpu.Provider, cache).Run(sessionRepetitions);
            Console.WriteLine($"Session creation (median of {sessionRepetitions}, after a warm-up):");
            Console.WriteLine($"  no cache, graph optimised at load:                   {Ms(sessions.NoCacheMs)}");
            Console.WriteLine($"  cold: optimise at load and write the cache:          {Ms(sessions.ColdMs)}");
            Console.WriteLine($"  cached: load the optimised graph, optimisations off: {Ms(sessions.CachedMs)}   ({Percent(sessions.CachedMs / sessions.NoCacheMs - 1)} vs no cache; cached graph {Bytes(sessions.CachedFileBytes)})");
            Console.WriteLine();

            var naive = new SamplerVariant("naive: new tensors every step, guidance as 2 batch-1 Runs",
                new NaiveTwoRunDenoiser(OptimizedModelCache.LoadOptimizingNow(modelPath, cpu.Provider, appender), shape, manifest.MaxPromptTokens), prompt);
            var batched = new SamplerVariant("+ guidance batched: 1 batch-2 Run, new tensors every step",
                new NaiveBatchedDenoiser(OptimizedModelCache.LoadOptimizingNow(modelPath, cpu.Provider, appender), shape, manifest.MaxPromptTokens), prompt);
            var preAllocated = new SamplerVariant("+ pre-allocated OrtValues reused across steps",
                OnnxClipDenoiser.Create(OptimizedModelCache.LoadOptimizingNow(modelPath, cpu.Provider, appender), modelPath, shape, manifest.MaxPromptTokens), prompt);
            var cached = new SamplerVariant("+ optimised model cached on disk",
                OnnxClipDenoiser.Create(cache.CreateSession(modelPath, modelSha256, cpu.Provider, appender).Session, modelPath, shape, manifest.MaxPromptTokens), prompt);
            var product = new GeneratorVariant("product: ClipGenerator.GenerateAsync",
                new ClipGenerator(manifest, modelsDirectory, cpu, options: new ClipGeneratorOptions { OptimizedModelCacheDirectory = cacheDirectory }), prompt);
            var floor = new BareRunFloor($"floor: bare Run x {prompt.Steps}, batch 2, pre-allocated OrtValues",
                OptimizedModelCache.LoadOptimizingNow(modelPath, cpu.Provider, appender), shape, prompt);
            IClipVariant[] variants = [naive, batched, preAllocated, cached, product, floor];

            var results = await RunAlternatingAsync(variants, warmUpRounds, clips);
            foreach (var variant in variants)
                variant.Dispose();

            Console.WriteLine($"Sampling one clip, each variant in turn (median of {clips} clips after {warmUpRounds} warm-up rounds):");
            Console.WriteLine($"  {"variant",-60} {"per clip",12} {"per step",11} {"managed bytes per clip",24}");
            foreach (var variant in variants)
            {
                var clipMs = Statistics.Median(results[variant].Select(m => m.Milliseconds));
                var bytes = Statistics.Median(results[variant].Select(m => (double)m.AllocatedBytes));
                Console.WriteLine($"  {variant.Name,-60} {Ms(clipMs),12} {Ms(clipMs / prompt.Steps),11} {Bytes((long)bytes),24}");
            }

            Console.WriteLine("Each clip, in ms, in the order measured:");
            foreach (var variant in variants)
                Console.WriteLine($"  {variant.Name,-60} {string.Join(" ", results[variant].Select(m => m.Milliseconds.ToString("0", CultureInfo.InvariantCulture)))}");

            Console.WriteLine();
            var floorMs = Statistics.Median(results[floor].Select(m => m.Milliseconds));
            var loopMs = Statistics.Median(results[product].Select(m => m.Milliseconds));
            var overhead = loopMs / floorMs - 1;
            var frameBytes = (long)shape.ElementCount; // one byte per value: the RgbClip pixel array handed to the encoder
            var loopBytes = (long)Statistics.Median(results[product].Select(m => (double)m.AllocatedBytes));
            var beyondFrames = loopBytes - frameBytes;
            Console.WriteLine($"Floor, bare Run (batch 2) x {prompt.Steps}:  per step {Ms(floorMs / prompt.Steps)}, per clip {Ms(floorMs)}");
            Console.WriteLine($"C# sampling loop (GenerateAsync):  per step {Ms(loopMs / prompt.Steps)}, per clip {Ms(loopMs)}, " +
                              $"overhead {Percent(overhead)} vs the floor (goal <= {Format(GoalOverheadPercent)}%: {Met(overhead * 100 <= GoalOverheadPercent)})");
            Console.WriteLine($"Managed bytes per clip (GenerateAsync): {Bytes(loopBytes)}; beyond the {Bytes(frameBytes)} output frames: {Bytes(beyondFrames)} " +
                              $"(goal < 1 MB: {Met(beyondFrames < GoalBytesBeyondFrames)})");
            return 0;
        }
        finally
        {
            if (Directory.Exists(cacheDirectory))
                Directory.Delete(cacheDirectory, recursive: true);
        }
    }

    private static async Task<Dictionary<IClipVariant, List<ClipMeasurement>>> RunAlternatingAsync(IClipVariant[] variants, int warmUpRounds, int clips)
    {
        var results = variants.ToDictionary(v => v, _ => new List<ClipMeasurement>());
        for (var round = 0; round < warmUpRounds + clips; round++)
        {
            for (var turn = 0; turn < variants.Length; turn++)
            {
                var variant = variants[(round + turn) % variants.Length];
                // The seed changes per round, not per variant: in one round every variant samples the same clip.
                var measurement = await variant.RunClipAsync(seed: round);
                if (round >= warmUpRounds)
                    results[variant].Add(measurement);
            }
        }

        return results;
    }

    private static int Option(string[] args, string name, int defaultValue)
    {
        var index = Array.IndexOf(args, name);
        if (index < 0)
            return defaultValue;
        if (index + 1 >= args.Length || !int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) || value < 1)
            throw new ArgumentException($"{name} needs a positive whole number.");
        return value;
    }

    private static string Met(bool met) => met ? "met" : "NOT met";

    private static string Ms(double milliseconds) => milliseconds.ToString("#,0.0", CultureInfo.InvariantCulture) + " ms";

    private static string Bytes(long bytes) => bytes.ToString("#,0", CultureInfo.InvariantCulture) + " B";

    private static string Percent(double fraction) => (fraction * 100).ToString("+0.0;-0.0", CultureInfo.InvariantCulture) + "%";

    private static string Format(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
