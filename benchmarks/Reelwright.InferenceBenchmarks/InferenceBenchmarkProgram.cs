using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.ML.OnnxRuntime;
using Reelwright.Inference;
using Reelwright.Models;
using static Reelwright.InferenceBenchmarks.BenchmarkFormat;

namespace Reelwright.InferenceBenchmarks;

/// <summary>
/// Prints, for the built-in model on this machine's CPU with its default steps and guidance: session creation with
/// and without the optimised-model cache; each optimisation of the sampling loop side by side, from the naive loop
/// to the product, with per-clip and per-step medians and managed bytes per clip; the loop's own work per step; and
/// the product's loop (<see cref="MiniSoraClipGenerator.GenerateAsync"/>) against the floor of bare ONNX Runtime Runs, with
/// the issue's goals. Run it in Release on an otherwise idle machine: the network uses every core.
/// </summary>
public static class InferenceBenchmarkProgram
{
    public const string ModelId = "minisora-shapes";
    public const double GoalOverheadPercent = 5;
    public const long GoalBytesBeyondFrames = 1_000_000;
    public const int LoopWorkClips = 25;

    public static async Task<int> Main(string[] args)
    {
        var clips = Option(args, "--clips", 7);
        var warmUpRounds = Option(args, "--warm-up", 2);
        var sessionRepetitions = Option(args, "--sessions", 5);

        var modelsDirectory = Path.Combine(AppContext.BaseDirectory, "models");
        var catalog = ModelCatalog.Load(modelsDirectory);
        if (!catalog.TryGet(ModelId, out var manifest))
            throw new InvalidOperationException($"Model '{ModelId}' is not in {modelsDirectory}.");
        var modelPath = MiniSoraClipGenerator.ModelPathOf(manifest);
        var modelSha256 = ModelChecksum.Verify(modelPath, manifest.MiniSora!.Sha256);
        var cpu = new ExecutionProviderSelector().Select([ExecutionProviderNames.Cpu]);
        var shape = ClipTensorShape.From(manifest);
        var prompt = ClipPrompt.For(manifest, modelsDirectory);
        // Writing the cache makes ONNX Runtime warn that the graph is for this CPU only (the cache key says so);
        // the benchmark writes it a dozen times, and the warnings would bury the figures.
        OrtEnv.Instance().EnvLogLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR;

        // A private cache folder, so "cold" really is cold and nothing of a worker's cache is touched.
        var cache = new OptimizedModelCache(Path.Combine(Path.GetTempPath(), $"reelwright-inference-benchmark-{Environment.ProcessId}"));
        Directory.CreateDirectory(cache.CacheDirectory);
        try
        {
            Console.WriteLine($"Reelwright inference benchmark: {manifest.DisplayName} on {cpu.Provider}, ONNX Runtime {OnnxRuntimeBuild.Version}, " +
                              $"{Environment.ProcessorCount} cores ({RuntimeInformation.OSDescription}), .NET {Environment.Version}");
            Console.WriteLine($"{prompt.Steps} steps, guidance {Number(prompt.Guidance)}, prompt \"{prompt.Text}\"");
            Console.WriteLine();

            var sessions = new SessionCreationBenchmark(modelPath, modelSha256, cpu.Provider, cache).Run(sessionRepetitions);
            Console.WriteLine($"Session creation (median of {sessionRepetitions}, after a warm-up):");
            Console.WriteLine($"  no cache, graph optimised at load:                   {Ms(sessions.NoCacheMs)}");
            Console.WriteLine($"  cold: optimise at load and write the cache:          {Ms(sessions.ColdMs)}");
            Console.WriteLine($"  cached: load the optimised graph, optimisations off: {Ms(sessions.CachedMs)}   " +
                              $"({Change(sessions.CachedMs / sessions.NoCacheMs - 1)} vs no cache; cached graph {Bytes(sessions.CachedFileBytes)})");
            Console.WriteLine();

            Dictionary<IClipVariant, List<ClipMeasurement>> results;
            using (var variants = ClipVariants.Create(manifest, modelsDirectory, cpu, cache, prompt))
            {
                results = await RunInTurnsAsync(variants.All, warmUpRounds, clips);
                PrintVariants(variants.All, results, prompt, clips, warmUpRounds);
                var floorMs = Statistics.Median(results[variants.Floor].Select(m => m.Milliseconds));
                PrintLoopWork(LoopWorkBenchmark.Run(shape, prompt, LoopWorkClips), floorMs / prompt.Steps);
                PrintGoals(results[variants.Product], floorMs, prompt.Steps, frameBytes: shape.ElementCount);
            }

            return 0;
        }
        finally
        {
            if (Directory.Exists(cache.CacheDirectory))
                Directory.Delete(cache.CacheDirectory, recursive: true);
        }
    }

    // Variants take turns clip by clip, each round starting one variant later, so a slow spell on a shared machine
    // weighs on all of them alike rather than on whichever ran during it.
    private static async Task<Dictionary<IClipVariant, List<ClipMeasurement>>> RunInTurnsAsync(IReadOnlyList<IClipVariant> variants, int warmUpRounds, int clips)
    {
        var results = variants.ToDictionary(v => v, _ => new List<ClipMeasurement>());
        for (var round = 0; round < warmUpRounds + clips; round++)
        {
            for (var turn = 0; turn < variants.Count; turn++)
            {
                var variant = variants[(round + turn) % variants.Count];
                // The seed changes per round, not per variant: in one round every variant samples the same clip.
                var measurement = await variant.RunClipAsync(seed: round);
                if (round >= warmUpRounds)
                    results[variant].Add(measurement);
            }
        }

        return results;
    }

    private static void PrintVariants(IReadOnlyList<IClipVariant> variants, Dictionary<IClipVariant, List<ClipMeasurement>> results, ClipPrompt prompt, int clips, int warmUpRounds)
    {
        Console.WriteLine($"Sampling one clip, each variant in turn (median of {clips} clips after {warmUpRounds} warm-up rounds):");
        Console.WriteLine($"  {"variant",-60} {"per clip",12} {"per step",11} {"managed bytes per clip",24}");
        foreach (var variant in variants)
        {
            var clipMs = Statistics.Median(results[variant].Select(m => m.Milliseconds));
            var bytes = (long)Statistics.Median(results[variant].Select(m => (double)m.AllocatedBytes));
            Console.WriteLine($"  {variant.Name,-60} {Ms(clipMs),12} {Ms(clipMs / prompt.Steps),11} {Bytes(bytes),24}");
        }

        Console.WriteLine("Each clip, in ms, in the order measured:");
        foreach (var variant in variants)
            Console.WriteLine($"  {variant.Name,-60} {string.Join(" ", results[variant].Select(m => WholeMs(m.Milliseconds)))}");
        Console.WriteLine();
    }

    private static void PrintLoopWork((double ScalarMsPerStep, double SimdMsPerStep) loopWork, double floorMsPerStep)
    {
        Console.WriteLine($"The loop's own work per step, network left out (copies in and out, Euler step; median of {LoopWorkClips} clips):");
        Console.WriteLine($"  scalar double-precision step: {FineMs(loopWork.ScalarMsPerStep)} ({Share(loopWork.ScalarMsPerStep / floorMsPerStep)} of a bare Run)");
        Console.WriteLine($"  SIMD double-precision step:   {FineMs(loopWork.SimdMsPerStep)} ({Share(loopWork.SimdMsPerStep / floorMsPerStep)} of a bare Run)");
        Console.WriteLine();
    }

    private static void PrintGoals(List<ClipMeasurement> product, double floorMs, int steps, long frameBytes)
    {
        var loopMs = Statistics.Median(product.Select(m => m.Milliseconds));
        var overhead = loopMs / floorMs - 1;
        // The frames are one byte per tensor value: the RgbClip pixel array handed to the encoder.
        var loopBytes = (long)Statistics.Median(product.Select(m => (double)m.AllocatedBytes));
        var beyondFrames = loopBytes - frameBytes;
        Console.WriteLine($"Floor, bare Run (batch 2) x {steps}:  per step {Ms(floorMs / steps)}, per clip {Ms(floorMs)}");
        Console.WriteLine($"C# sampling loop (GenerateAsync):  per step {Ms(loopMs / steps)}, per clip {Ms(loopMs)}, " +
                          $"overhead {Change(overhead)} vs the floor (goal <= {Number(GoalOverheadPercent)}%: {Met(overhead * 100 <= GoalOverheadPercent)})");
        Console.WriteLine($"Managed bytes per clip (GenerateAsync): {Bytes(loopBytes)}; beyond the {Bytes(frameBytes)} output frames: {Bytes(beyondFrames)} " +
                          $"(goal < 1 MB: {Met(beyondFrames < GoalBytesBeyondFrames)})");
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
}
