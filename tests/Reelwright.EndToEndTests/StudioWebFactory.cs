extern alias web;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Reelwright.EndToEndTests;

/// <summary>The real Blazor web app on Kestrel, talking to a real Studio API.</summary>
public sealed class StudioWebFactory(Uri apiBaseUrl) : WebApplicationFactory<web::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development serves the app's static web assets (blazor.web.js, scoped CSS) from the build output.
        builder.UseEnvironment("Development");
        builder.UseSetting("Studio:ApiBaseUrl", apiBaseUrl.ToString());
        builder.UseSetting("Studio:PublicApiBaseUrl", apiBaseUrl.ToString());
    }
}
