using Reelwright.Web.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Extensions;

public static class StudioWebExtensions
{
    public static WebApplicationBuilder AddStudioWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();

        services.AddOptions<StudioOptions>().BindConfiguration(StudioOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient<IStudioApi, StudioApiClient>((sp, http) =>
            http.BaseAddress = new Uri(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<StudioOptions>>().Value.ApiBaseUrl));

        services.AddSingleton<GenerationUpdatesListener>();
        services.AddSingleton<IGenerationUpdates>(sp => sp.GetRequiredService<GenerationUpdatesListener>());
        services.AddHostedService(sp => sp.GetRequiredService<GenerationUpdatesListener>());
        return builder;
    }

    public static WebApplication MapStudioWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
