using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Testing;
using Reelwright.Worker.Models;

namespace Reelwright.Benchmarks;

/// <summary>
/// Prints raw in-process sampling time against end-to-end time (POST to Succeeded with the MP4 stored), both
/// medians of nine alternating runs on the same ONNX Runtime session, and their ratio. Needs the local services
/// (infra/benchmark.sh starts them). Run it in Release on an otherwise idle machine.
/// </summary>
public static class BenchmarkProgram
{
    public const int Runs = 9;
    public const double GoalRatio = 1.25;

    // The figures are the output; per-request logs would only compete with the sampler for the two cores.
    private static readonly Dictionary<string, string?> Quiet = new()
    {
        ["Logging:LogLevel:Default"] = "Error",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "None",
    };

    public static async Task<int> Main()
    {
        var ct = CancellationToken.None;
        await using var resources = await IsolatedStudioResources.CreateAsync();
        await using var worker = await StudioWorkerHost.StartAsync(resources, Quiet);
        await using var api = new StudioApiFactory(resources, Quiet);
        await using var endToEnd = await EndToEndBenchmark.StartAsync(api, ct);

        var models = worker.Services.GetRequiredService<LoadedModels>();
        if (!models.TryGet("minisora-shapes", out var generator))
            throw new InvalidOperationException(models.WhyUnavailable("minisora-shapes"));

        Console.WriteLine($"Reelwright benchmark: {generator.Manifest.DisplayName} on {generator.ExecutionProvider}, ONNX Runtime {generator.OnnxRuntimeVersion}, " +
                          $"{generator.Manifest.Defaults.Steps} steps, guidance {Format(generator.Manifest.Defaults.Guidance)}, {Environment.ProcessorCount} cores");

        // Untimed clips each way first: session warm-up, tiered JIT, connection pools and ffmpeg's first start are
        // not what a user waits for later (measured: the first two clips of a process run 20-60% slow).
        for (var warmUp = 0; warmUp < 2; warmUp++)
        {
            await RawInferenceBenchmark.ClipMillisecondsAsync(generator, seed: -1 - warmUp, ct);
            await endToEnd.RunOnceAsync(seed: 1000 + warmUp, ct);
        }

        // Alternated, so a slow spell on a shared machine weighs on both figures alike rather than on one.
        var rawMs = new List<double>();
        var runs = new List<EndToEndRun>();
        for (var run = 1; run <= Runs; run++)
        {
            rawMs.Add(await RawInferenceBenchmark.ClipMillisecondsAsync(generator, run, ct));
            runs.Add(await endToEnd.RunOnceAsync(run, ct));
        }

        var raw = Statistics.Median(rawMs);
        var endToEndMs = Statistics.Median(runs.Select(r => r.ElapsedMs));
        var ratio = endToEndMs / raw;
        Console.WriteLine($"raw sampling, in-process (median of {Runs}):                   {Format(raw)} ms   runs: {Join(rawMs)}");
        Console.WriteLine($"end to end, POST to Succeeded with MP4 stored (median of {Runs}): {Format(endToEndMs)} ms   runs: {Join(runs.Select(r => r.ElapsedMs))}");
        Console.WriteLine($"  sampling inside the worker (median):  {Format(Statistics.Median(runs.Select(r => (double)r.Generation.Clip!.InferenceMs)))} ms");
        Console.WriteLine($"  encoding + upload (median):           {Format(Statistics.Median(runs.Select(r => (double)r.Generation.Clip!.EncodeMs)))} ms");
        Console.WriteLine($"ratio end-to-end / raw: {ratio.ToString("0.00", CultureInfo.InvariantCulture)}x (goal <= {Format(GoalRatio)}x: {(ratio <= GoalRatio ? "met" : "not met")})");
        return 0;
    }

    private static string Join(IEnumerable<double> values) => string.Join(", ", values.Select(v => v.ToString("0", CultureInfo.InvariantCulture)));

    private static string Format(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
