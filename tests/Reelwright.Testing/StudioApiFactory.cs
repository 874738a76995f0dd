extern alias api;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Reelwright.Testing;

/// <summary>
/// The real Studio API wired to one test class's isolated database, virtual host and container. In memory by
/// default; <see cref="KestrelFactoryExtensions.StartOnKestrel{T}"/> gives it a real port for browsers and SignalR clients.
/// </summary>
public sealed class StudioApiFactory(IsolatedStudioResources resources, IReadOnlyDictionary<string, string?>? overrides = null)
    : WebApplicationFactory<api::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // The API needs nothing from its source folder (models and settings come from the build output and below),
        // so it runs from the output of whatever hosts it: test project or benchmark alike.
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseSetting("ConnectionStrings:Studio", resources.DatabaseConnectionString);
        builder.UseSetting("ConnectionStrings:RabbitMq", resources.RabbitMqUri);
        builder.UseSetting("ConnectionStrings:Blobs", resources.BlobConnectionString);
        builder.UseSetting("Outbox:PollIntervalMs", "200");
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);
    }
}
