using Microsoft.Extensions.Options;

namespace Reelwright.Api.Webhooks;

public static class WebhookServiceExtensions
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WebhookSignal>();
        services.AddScoped<ActivityRecorder>();
        services.AddHttpClient(WebhookPoster.HttpClientName)
            .ConfigureHttpClient((sp, client) => client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<WebhookOptions>>().Value.TimeoutSeconds))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        services.AddSingleton<WebhookPoster>();
        services.AddSingleton<WebhookSender>();
        if (configuration.GetValue($"{WebhookOptions.SectionName}:{nameof(WebhookOptions.SenderEnabled)}", defaultValue: true))
            services.AddHostedService(sp => sp.GetRequiredService<WebhookSender>());
        return services;
    }
}
