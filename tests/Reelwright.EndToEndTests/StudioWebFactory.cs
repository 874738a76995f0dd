extern alias web;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Reelwright.EndToEndTests;

/// <summary>The real Blazor web app on Kestrel, talking to a real Studio API.</summary>
public sealed class StudioWebFactory(Uri apiBaseUrl) : WebApplicationFactory<web::Program>
{
    public Uri StartOnKestrel()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development serves the app's static web assets (blazor.web.js, scoped CSS) from the build output.
        builder.UseEnvironment("Development");
        builder.UseSetting("Studio:ApiBaseUrl", apiBaseUrl.ToString());
        builder.UseSetting("Studio:PublicApiBaseUrl", apiBaseUrl.ToString());
    }
}
