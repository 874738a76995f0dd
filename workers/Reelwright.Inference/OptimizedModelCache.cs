using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.ML.OnnxRuntime;

namespace Reelwright.Inference;

/// <summary>
/// Keeps ONNX Runtime's optimised graph of a model on disk (<see cref="SessionOptions.OptimizedModelFilePath"/>), so
/// the next start of a worker loads the already-optimised graph with optimisations off instead of redoing them,
/// ONNX Runtime's "offline mode". Its documentation warns that such a graph is only valid for the same execution
/// provider, options and hardware, and the ONNX Runtime that wrote it: all of these are in the file name
/// (<c>&lt;sha256&gt;-&lt;provider&gt;-&lt;ort version&gt;-&lt;cpu&gt;.onnx</c>), so a changed model, runtime or
/// machine simply misses the cache. The cache only ever saves time: a file that cannot be written or read is
/// logged and the model is optimised at load as if there were no cache.
/// </summary>
public sealed class OptimizedModelCache(string cacheDirectory, ILogger? logger = null)
{
    /// <summary>The default cache folder's name, inside the model's own folder (see <see cref="DefaultDirectory"/>).</summary>
    public const string DefaultFolderName = ".onnx-cache";

    private static readonly string CpuKey = DescribeCpu();

    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    public string CacheDirectory { get; } = cacheDirectory;

    /// <summary>
    /// Beside the model (<c>&lt;model folder&gt;/.onnx-cache</c>): it survives restarts, and it is trusted exactly as
    /// much as the model itself, unlike a folder in the machine's shared temp directory.
    /// </summary>
    public static string DefaultDirectory(string modelPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath))!, DefaultFolderName);

    public string FilePathFor(string modelSha256, string provider) =>
        Path.Combine(CacheDirectory, $"{modelSha256.ToLowerInvariant()}-{provider.ToLowerInvariant()}-{OnnxRuntimeBuild.Version}-{CpuKey}.onnx");

    /// <summary>A session for the model on the provider: from the cached graph when there is one, else optimised now and cached.</summary>
    /// <param name="modelSha256">The verified sha256 of <paramref name="modelPath"/>: the cache trusts it to name the model's content.</param>
    /// <exception cref="OnnxRuntimeException">The model itself cannot be loaded on the provider (cache or not).</exception>
    public DenoiserSession CreateSession(string modelPath, string modelSha256, string provider, IExecutionProviderAppender appender)
    {
        var cachedPath = FilePathFor(modelSha256, provider);
        if (File.Exists(cachedPath))
        {
            var cached = TryLoadCached(cachedPath, provider, appender);
            if (cached is not null)
                return new DenoiserSession(cached, OptimizedGraphSource.LoadedFromCache);
        }

        return OptimizeAndCache(modelPath, cachedPath, provider, appender);
    }

    private InferenceSession? TryLoadCached(string cachedPath, string provider, IExecutionProviderAppender appender)
    {
        using var options = DenoiserSessionOptions.Create(provider, appender);
        // The file is already optimised at the configured level; running the optimisers again would only cost the
        // start-up time the cache exists to save.
        options.GraphOptimizationLevel = GraphOptimizationLevel.ORT_DISABLE_ALL;
        try
        {
            return new InferenceSession(cachedPath, options);
        }
        catch (OnnxRuntimeException e)
        {
            // A damaged or foreign file: throw it away and rebuild it below rather than refuse to start.
            _logger.LogWarning("Optimised model cache {CachedPath} cannot be loaded, optimising the model again: {Reason}", cachedPath, e.Message);
            TryDelete(cachedPath);
            return null;
        }
    }

    private DenoiserSession OptimizeAndCache(string modelPath, string cachedPath, string provider, IExecutionProviderAppender appender)
    {
        // ONNX Runtime writes the file while the session is created; writing a private name and renaming it when
        // complete means a second worker starting at the same moment never loads a half-written graph.
        var partialPath = $"{cachedPath}.{Guid.NewGuid():N}.partial";
        try
        {
            Directory.CreateDirectory(CacheDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only models folder, say: the worker still starts, only more slowly.
            _logger.LogWarning("Cannot write the optimised model cache {CachedPath}, optimising at every start instead: {Reason}", cachedPath, e.Message);
            return new DenoiserSession(LoadOptimizingNow(modelPath, provider, appender), OptimizedGraphSource.OptimizedAtLoad);
        }

        InferenceSession session;
        try
        {
            using var options = DenoiserSessionOptions.Create(provider, appender);
            options.OptimizedModelFilePath = partialPath;
            session = new InferenceSession(modelPath, options);
        }
        catch (OnnxRuntimeException e)
        {
            // The file could not be written, or the provider's compiled nodes cannot be saved: load without the
            // cache. Should the model itself be unloadable, that load fails again and says why.
            _logger.LogWarning("Optimising the model into the cache {CachedPath} failed, loading it without the cache: {Reason}", cachedPath, e.Message);
            TryDelete(partialPath);
            return new DenoiserSession(LoadOptimizingNow(modelPath, provider, appender), OptimizedGraphSource.OptimizedAtLoad);
        }

        try
        {
            File.Move(partialPath, cachedPath, overwrite: false);
            return new DenoiserSession(session, OptimizedGraphSource.OptimizedAtLoadAndCached);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Usually another worker cached the same graph first; either way this session is good to use.
            _logger.LogInformation("Optimised model not cached as {CachedPath}: {Reason}", cachedPath, e.Message);
            TryDelete(partialPath);
            return new DenoiserSession(session, OptimizedGraphSource.OptimizedAtLoad);
        }
    }

    /// <summary>A session optimised while loading, with no cache involved.</summary>
    public static InferenceSession LoadOptimizingNow(string modelPath, string provider, IExecutionProviderAppender appender)
    {
        using var options = DenoiserSessionOptions.Create(provider, appender);
        return new InferenceSession(modelPath, options);
    }

    private void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogDebug("Could not delete {Path}: {Reason}", path, e.Message);
        }
    }

    // Layout optimisations bake the CPU's vector width into the graph (a graph optimised with AVX-512 blocking needs
    // AVX-512), so machines sharing one models volume must not share one file.
    private static string DescribeCpu()
    {
        var architecture = RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
        if (Avx512F.IsSupported)
            return architecture + "-avx512";
        return Avx2.IsSupported ? architecture + "-avx2" : architecture;
    }
}
