namespace Reelwright.Api.Downloads;

public static class DownloadServiceExtensions
{
    /// <summary>Registers <see cref="DownloadWriter"/> with its options from the "Downloads" section, checked at start-up.</summary>
    public static IServiceCollection AddDownloads(this IServiceCollection services)
    {
        services.AddOptions<DownloadOptions>().BindConfiguration(DownloadOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ClipRemuxer>();
        services.AddSingleton<DownloadWriter>();
        return services;
    }
}
