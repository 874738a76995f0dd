using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Testing;
using Reelwright.Worker.Models;

namespace Reelwright.Benchmarks;

/// <summary>
/// Prints raw in-process sampling time against end-to-end time (POST to Succeeded with the MP4 stored), both
/// medians of five, on the same ONNX Runtime session, and their ratio. Needs the local services
/// (infra/benchmark.sh starts them). Run it in Release on an otherwise idle machine.
/// </summary>
public static class BenchmarkProgram
{
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
        using var client = api.CreateClient();

        var models = worker.Services.GetRequiredService<LoadedModels>();
        if (!models.TryGet("minisora-shapes", out var generator))
            throw new InvalidOperationException(models.WhyUnavailable("minisora-shapes"));

        Console.WriteLine($"Reelwright benchmark: {generator.Manifest.DisplayName} on {generator.ExecutionProvider}, ONNX Runtime {generator.OnnxRuntimeVersion}, " +
                          $"{generator.Manifest.Defaults.Steps} steps, guidance {Format(generator.Manifest.Defaults.Guidance)}, {Environment.ProcessorCount} cores");

        // One untimed clip each way: session warm-up, JIT, connection pools and ffmpeg's first start are not what a user waits for later.
        await RawInferenceBenchmark.MedianClipMillisecondsAsync(generator, ct);
        await EndToEndBenchmark.RunAsync(client, runs: 1, ct);

        var rawMs = await RawInferenceBenchmark.MedianClipMillisecondsAsync(generator, ct);
        var runs = await EndToEndBenchmark.RunAsync(client, RawInferenceBenchmark.Runs, ct);
        var endToEndMs = Statistics.Median(runs.Select(r => r.ElapsedMs));
        var ratio = endToEndMs / rawMs;

        Console.WriteLine($"raw sampling, in-process (median of {RawInferenceBenchmark.Runs}):        {Format(rawMs)} ms");
        Console.WriteLine($"end to end, POST to Succeeded with MP4 stored (median of {runs.Count}): {Format(endToEndMs)} ms");
        Console.WriteLine($"  of which sampling in the worker (median):   {Format(Statistics.Median(runs.Select(r => (double)r.Generation.Clip!.InferenceMs)))} ms");
        Console.WriteLine($"  of which encoding + upload (median):        {Format(Statistics.Median(runs.Select(r => (double)r.Generation.Clip!.EncodeMs)))} ms");
        Console.WriteLine($"  runs: {string.Join(", ", runs.Select(r => Format(r.ElapsedMs)))} ms");
        Console.WriteLine($"ratio end-to-end / raw: {ratio.ToString("0.00", CultureInfo.InvariantCulture)}x (goal <= {Format(GoalRatio)}x: {(ratio <= GoalRatio ? "met" : "not met")})");
        return 0;
    }

    private static string Format(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
