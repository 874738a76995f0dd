using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;
using Reelwright.Contracts;
using Reelwright.Inference;
using Reelwright.Models;
using Reelwright.Worker.Extensions;

namespace Reelwright.Worker.Models;

/// <summary>
/// Every model this worker can run, each with its ONNX Runtime sessions created at start-up and reused for every job.
/// A model that fails to load (missing file, wrong checksum, networks with the wrong inputs) is reported with its
/// reason instead of stopping the worker, and its queue is not consumed.
/// </summary>
public sealed class LoadedModels : IDisposable
{
    private readonly Dictionary<string, IClipGenerator> _generators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _unavailable = new(StringComparer.Ordinal);

    public LoadedModels(ModelCatalog catalog, ExecutionProviderSelection executionProvider, IClipGeneratorFactory factory, IOptions<WorkerOptions> options, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger<LoadedModels>();
        ExecutionProvider = executionProvider;
        foreach (var manifest in catalog.All)
        {
            try
            {
                _generators[manifest.Id] = factory.Create(manifest, executionProvider, options.Value);
            }
            catch (Exception e) when (e is ModelChecksumMismatchException or ModelLayoutException or ModelManifestException or NotSupportedException
                                          or InvalidOperationException or IOException or Microsoft.ML.OnnxRuntime.OnnxRuntimeException)
            {
                _unavailable[manifest.Id] = e.Message;
                logger.LogError(e, "Model {ModelId} is unavailable on this worker: {Reason}", manifest.Id, e.Message);
            }
        }
    }

    public ExecutionProviderSelection ExecutionProvider { get; }

    /// <summary>The models whose queues this worker consumes.</summary>
    public IReadOnlyList<string> RunnableModelIds => [.. _generators.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Every installed model, loaded or not, as this worker reports it to the studio.</summary>
    public IReadOnlyList<ReportedModel> Report() =>
        [
            .. _generators.Keys.Select(id => new ReportedModel(id, Available: true, Reason: null)),
            .. _unavailable.Select(pair => new ReportedModel(pair.Key, Available: false, Reason: WhyUnavailable(pair.Key))),
        ];

    public bool TryGet(string modelId, [NotNullWhen(true)] out IClipGenerator? generator) => _generators.TryGetValue(modelId, out generator);

    /// <summary>Why a model cannot run here, in words for the person who asked for it.</summary>
    public string WhyUnavailable(string modelId) =>
        _unavailable.TryGetValue(modelId, out var reason)
            ? $"Model '{modelId}' could not be loaded on this worker: {reason}"
            : $"Model '{modelId}' is not installed on this worker.";

    public void Dispose()
    {
        foreach (var generator in _generators.Values)
            generator.Dispose();
    }
}
