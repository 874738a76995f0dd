extern alias api;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Reelwright.Testing;

/// <summary>
/// The real Studio API wired to one test class's isolated database, virtual host and container. In memory by
/// default; <see cref="StartOnKestrel"/> gives it a real port for browsers and SignalR clients.
/// </summary>
public sealed class StudioApiFactory(IsolatedStudioResources resources, IReadOnlyDictionary<string, string?>? overrides = null)
    : WebApplicationFactory<api::Program>
{
    /// <summary>Starts Kestrel on a free port and returns the API's base address.</summary>
    public Uri StartOnKestrel()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

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
