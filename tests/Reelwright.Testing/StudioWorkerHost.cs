extern alias worker;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using worker::Reelwright.Worker.Extensions;

namespace Reelwright.Testing;

/// <summary>A real generation worker, in process, consuming one test class's virtual host and writing to its container.</summary>
public sealed class StudioWorkerHost : IAsyncDisposable
{
    private readonly IHost _host;

    private StudioWorkerHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    /// <param name="services">Replaces services after the worker's own registrations (a benchmark's stand-in generators).</param>
    public static async Task<StudioWorkerHost> StartAsync(
        IsolatedStudioResources resources, IReadOnlyDictionary<string, string?>? overrides = null, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = "Testing",
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:RabbitMq"] = resources.RabbitMqUri,
            ["ConnectionStrings:Blobs"] = resources.BlobConnectionString,
            ["ClipStore:Container"] = resources.Container,
            ["Worker:Name"] = $"test-worker-{resources.Name}",
            // Reports every second, so tests see a worker's state change without waiting ten.
            ["Worker:ReportIntervalSeconds"] = "1",
        });
        if (overrides is not null)
            builder.Configuration.AddInMemoryCollection(overrides);
        builder.AddGenerationWorker();
        services?.Invoke(builder.Services);

        var host = builder.Build();
        await host.StartAsync();
        return new StudioWorkerHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
