using Microsoft.ML.OnnxRuntime;
using Reelwright.Inference;
using Xunit;

namespace Reelwright.UnitTests.Inference;

public sealed class ExecutionProviderSelectorTests
{
    private static readonly string[] CudaAndCpuBuild = ["CUDAExecutionProvider", "CPUExecutionProvider"];

    [Fact]
    public void The_first_preferred_provider_that_registers_is_chosen()
    {
        var appender = new FakeExecutionProviderAppender(CudaAndCpuBuild);

        var selection = new ExecutionProviderSelector(appender).Select(["CUDA", "CPU"]);

        Assert.Equal(ExecutionProviderNames.Cuda, selection.Provider);
        Assert.Empty(selection.Skipped);
    }

    [Fact]
    public void A_provider_that_is_listed_but_fails_to_register_falls_back_to_cpu_with_the_reason()
    {
        var appender = new FakeExecutionProviderAppender(CudaAndCpuBuild, new Dictionary<string, Exception>
        {
            [ExecutionProviderNames.Cuda] = new EntryPointNotFoundException("libcudart.so.12: cannot open shared object file"),
        });

        var selection = new ExecutionProviderSelector(appender).Select(["CUDA", "CPU"]);

        Assert.Equal(ExecutionProviderNames.Cpu, selection.Provider);
        var skipped = Assert.Single(selection.Skipped);
        Assert.Equal("CUDA", skipped.Name);
        Assert.Contains("libcudart.so.12", skipped.Reason);
        Assert.Contains("libcudart.so.12", selection.Describe());
    }

    [Fact]
    public void A_provider_missing_from_the_native_library_is_skipped_without_trying_it()
    {
        var appender = new FakeExecutionProviderAppender(["CPUExecutionProvider"]);

        var selection = new ExecutionProviderSelector(appender).Select(["CUDA", "CPU"]);

        Assert.Equal(ExecutionProviderNames.Cpu, selection.Provider);
        Assert.Contains("not compiled into", Assert.Single(selection.Skipped).Reason);
        Assert.DoesNotContain(ExecutionProviderNames.Cuda, appender.Appended);
    }

    [Fact]
    public void Unknown_provider_names_are_skipped_with_the_names_that_work()
    {
        var appender = new FakeExecutionProviderAppender(["CPUExecutionProvider"]);

        var selection = new ExecutionProviderSelector(appender).Select(["TPU", "cpu"]);

        Assert.Equal(ExecutionProviderNames.Cpu, selection.Provider);
        Assert.Contains("unknown provider", Assert.Single(selection.Skipped).Reason);
    }

    [Fact]
    public void When_nothing_asked_for_works_start_up_fails_explaining_each_provider()
    {
        var appender = new FakeExecutionProviderAppender(CudaAndCpuBuild, new Dictionary<string, Exception>
        {
            [ExecutionProviderNames.Cuda] = new InvalidOperationException("no CUDA-capable device is detected"),
        });

        var error = Assert.Throws<InvalidOperationException>(() => new ExecutionProviderSelector(appender).Select(["CUDA"]));

        Assert.Contains("no CUDA-capable device is detected", error.Message);
    }

    [Fact]
    public void This_machines_onnx_runtime_runs_on_the_cpu_by_default()
    {
        var selection = new ExecutionProviderSelector().Select();

        Assert.Equal(ExecutionProviderNames.Cpu, selection.Provider);
        Assert.Contains("CPUExecutionProvider", selection.Available);
    }

    [Fact]
    public void DirectML_sessions_run_sequentially_without_memory_patterns()
    {
        var appender = new FakeExecutionProviderAppender(["DmlExecutionProvider", "CPUExecutionProvider"]);

        using var options = DenoiserSessionOptions.Create(ExecutionProviderNames.DirectML, appender);

        Assert.False(options.EnableMemoryPattern);
        Assert.Equal(ExecutionMode.ORT_SEQUENTIAL, options.ExecutionMode);
        Assert.Equal([ExecutionProviderNames.DirectML], appender.Appended);
    }
}
