using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Reelwright.Inference;

/// <summary>
/// Picks the execution provider once, at start-up, by walking a preference order and taking the first provider
/// that is both compiled into the ONNX Runtime native library and can actually be registered on this machine.
/// Being listed is not enough (a GPU build lists CUDA on a machine without a driver), so each candidate is
/// appended to real session options and any failure moves on to the next candidate, keeping the reason.
/// </summary>
public sealed class ExecutionProviderSelector(IExecutionProviderAppender appender, ILogger<ExecutionProviderSelector>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<ExecutionProviderSelector>.Instance;

    public ExecutionProviderSelector(ILogger<ExecutionProviderSelector>? logger = null)
        : this(new OnnxRuntimeProviderAppender(), logger)
    {
    }

    /// <summary>DirectML, then CUDA, then CPU on Windows; CUDA, then CPU elsewhere (DirectML exists only on Windows).</summary>
    public static IReadOnlyList<string> DefaultPreference { get; } = OperatingSystem.IsWindows()
        ? [ExecutionProviderNames.DirectML, ExecutionProviderNames.Cuda, ExecutionProviderNames.Cpu]
        : [ExecutionProviderNames.Cuda, ExecutionProviderNames.Cpu];

    /// <param name="preference">Provider names, best first (see <see cref="ExecutionProviderNames"/>); null for <see cref="DefaultPreference"/>.</param>
    /// <exception cref="InvalidOperationException">No provider in the preference can be used; the message lists why for each.</exception>
    public ExecutionProviderSelection Select(IReadOnlyList<string>? preference = null)
    {
        var requested = preference is { Count: > 0 } ? preference : DefaultPreference;
        var available = appender.AvailableProviders().ToArray();
        var skipped = new List<SkippedExecutionProvider>();

        foreach (var name in requested.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var reason = WhyUnusable(name, available, out var provider);
            if (reason is null)
            {
                var selection = new ExecutionProviderSelection(provider!, requested, available, skipped);
                _logger.LogInformation("Execution provider: {Selection}", selection.Describe());
                return selection;
            }

            skipped.Add(new SkippedExecutionProvider(name, reason));
            _logger.LogWarning("Execution provider {Provider} skipped: {Reason}", name, reason);
        }

        throw new InvalidOperationException(
            $"None of the execution providers asked for ({string.Join(", ", requested)}) can be used: {string.Join("; ", skipped)}. " +
            $"This ONNX Runtime has {string.Join(", ", available)}. Add CPU to the preference to always have a fallback.");
    }

    private string? WhyUnusable(string name, string[] available, out string? provider)
    {
        provider = ExecutionProviderNames.Canonical(name);
        if (provider is null)
            return $"unknown provider; use {ExecutionProviderNames.DirectML}, {ExecutionProviderNames.Cuda} or {ExecutionProviderNames.Cpu}";
        if (provider == ExecutionProviderNames.DirectML && !OperatingSystem.IsWindows())
            return "DirectML exists only on Windows";
        if (!available.Contains(ExecutionProviderNames.OnnxRuntimeName(provider), StringComparer.Ordinal))
            return $"not compiled into this ONNX Runtime native library{HowToGet(provider)}";

        try
        {
            using var probe = DenoiserSessionOptions.Create(provider, appender);
            return null;
        }
        // Whatever registering throws (missing entry point, missing driver, bad device), the provider is unusable
        // here and the worker must still start on the next one; the message is the operator's clue.
        catch (Exception e)
        {
            return $"registering it failed: {e.GetType().Name}: {e.Message}";
        }
    }

    private static string HowToGet(string provider) => provider switch
    {
        ExecutionProviderNames.DirectML => " (build with -p:ReelwrightExecutionProvider=DirectML)",
        ExecutionProviderNames.Cuda => " (it needs the Microsoft.ML.OnnxRuntime.Gpu package)",
        _ => "",
    };
}
