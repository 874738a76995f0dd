using System.Diagnostics;
using Reelwright.Inference;

namespace Reelwright.InferenceBenchmarks;

/// <summary>
/// How long creating the model's session takes: optimising the graph at load with no cache, the first start with
/// the cache (optimise, then write the graph), and a later start (load the cached graph, optimisations off).
/// </summary>
public sealed class SessionCreationBenchmark(string modelPath, string modelSha256, string provider, OptimizedModelCache cache)
{
    private readonly IExecutionProviderAppender _appender = new OnnxRuntimeProviderAppender();

    public SessionCreationTimes Run(int repetitions)
    {
        var cachedPath = cache.FilePathFor(modelSha256, provider);
        List<double> noCache = [], cold = [], cached = [];

        // Round 0 is a warm-up: the process's first session also pays for ONNX Runtime's environment and the JIT.
        for (var round = 0; round <= repetitions; round++)
        {
            var uncached = Time(() => new DenoiserSession(OptimizedModelCache.LoadOptimizingNow(modelPath, provider, _appender), OptimizedGraphSource.OptimizedAtLoad));
            File.Delete(cachedPath);
            var first = Time(() => cache.CreateSession(modelPath, modelSha256, provider, _appender), OptimizedGraphSource.OptimizedAtLoadAndCached);
            var later = Time(() => cache.CreateSession(modelPath, modelSha256, provider, _appender), OptimizedGraphSource.LoadedFromCache);
            if (round == 0)
                continue;
            noCache.Add(uncached);
            cold.Add(first);
            cached.Add(later);
        }

        return new SessionCreationTimes(Statistics.Median(noCache), Statistics.Median(cold), Statistics.Median(cached), new FileInfo(cachedPath).Length);
    }

    private static double Time(Func<DenoiserSession> create, OptimizedGraphSource? expected = null)
    {
        var started = Stopwatch.GetTimestamp();
        var created = create();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        created.Session.Dispose();
        if (expected is { } source && created.Source != source)
            throw new InvalidOperationException($"Expected a session {source}, got one {created.Source}: is the cache folder writable?");
        return elapsed;
    }
}
