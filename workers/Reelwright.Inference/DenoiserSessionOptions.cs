using Microsoft.ML.OnnxRuntime;

namespace Reelwright.Inference;

/// <summary>
/// Session options for one execution provider. The provider selection probes with exactly these options, so a
/// provider it picks is one the real session can be created with. The optimised graphs in
/// <see cref="OptimizedModelCache"/> were made with these options: a change that alters graph optimisation (the level,
/// say) must also change that cache's file names, or workers keep loading graphs optimised the old way.
/// </summary>
public static class DenoiserSessionOptions
{
    public static SessionOptions Create(string provider, IExecutionProviderAppender appender)
    {
        var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            // The graph is one chain of transformer blocks: parallelism is inside operators, not between them.
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = Environment.ProcessorCount,
            InterOpNumThreads = 1,
        };

        // DirectML cannot use memory patterns nor parallel execution (ONNX Runtime's DirectML documentation).
        if (provider == ExecutionProviderNames.DirectML)
            options.EnableMemoryPattern = false;

        try
        {
            appender.Append(options, provider);
            return options;
        }
        catch
        {
            options.Dispose();
            throw;
        }
    }
}
