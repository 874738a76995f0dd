using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Reelwright.Testing;

public static class KestrelFactoryExtensions
{
    /// <summary>
    /// Starts the app on Kestrel at a free loopback port, for clients that cannot use the in-memory test server
    /// (a browser, another app's HttpClient or SignalR connection), and returns its base address.
    /// </summary>
    public static Uri StartOnKestrel<TEntryPoint>(this WebApplicationFactory<TEntryPoint> factory)
        where TEntryPoint : class
    {
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }
}
