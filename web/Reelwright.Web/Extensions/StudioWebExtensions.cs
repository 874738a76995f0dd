using Reelwright.Web.Components.Gallery;
using Microsoft.Extensions.Options;
using Reelwright.Web.Accounts;
using Reelwright.Web.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Extensions;

public static class StudioWebExtensions
{
    public static WebApplicationBuilder AddStudioWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddStudioAccounts();

        services.AddOptions<StudioOptions>().BindConfiguration(StudioOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<IStudioSession, StudioSession>();
        services.AddHttpClient<IStudioApi, StudioApiClient>((sp, http) =>
            http.BaseAddress = new Uri(sp.GetRequiredService<IOptions<StudioOptions>>().Value.ApiBaseUrl));

        // Scoped, so each circuit listens with its own user's token and stops when the circuit closes.
        services.AddScoped<IGenerationUpdates, CircuitGenerationUpdates>();
        services.AddOutputCache(GalleryCache.AddPolicy);
        return builder;
    }

    /// <summary>
    /// Cookie sign-in for the web app. The cookie is only the web's own record of who is signed in; the API decides
    /// what they may do, using the session token the cookie carries.
    /// </summary>
    private static void AddStudioAccounts(this IServiceCollection services)
    {
        services.AddAuthentication(AccountCookie.Scheme).AddCookie(AccountCookie.Scheme, cookie =>
        {
            cookie.LoginPath = "/sign-in";
            cookie.AccessDeniedPath = "/sign-in";
            cookie.ReturnUrlParameter = "returnUrl";
            cookie.Cookie.Name = "reelwright.session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            // The API session has a fixed end (AccountCookie sets it); sliding would outlive the token it carries.
            cookie.SlidingExpiration = false;
        });
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
    }

    public static WebApplication MapStudioWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        // Authorization reads the user authentication found; antiforgery must come after both, since its tokens are tied to the user.
        app.UseAuthentication();
        app.UseAuthorization();
        // After authentication, so a signed-in reader is known and never served a visitor's copy.
        app.UseOutputCache();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
