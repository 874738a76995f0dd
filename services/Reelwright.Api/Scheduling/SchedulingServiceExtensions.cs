namespace Reelwright.Api.Scheduling;

public static class SchedulingServiceExtensions
{
    public static IServiceCollection AddStudioScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DispatcherOptions>().BindConfiguration(DispatcherOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DispatchSignal>();
        services.AddScoped<FleetCapacity>();
        services.AddScoped<WaitingJobs>();
        services.AddScoped<DispatchRound>();
        services.AddScoped<QueueReader>();
        if (configuration.GetValue($"{DispatcherOptions.SectionName}:{nameof(DispatcherOptions.Enabled)}", defaultValue: true))
            services.AddHostedService<JobDispatcher>();
        return services;
    }
}
