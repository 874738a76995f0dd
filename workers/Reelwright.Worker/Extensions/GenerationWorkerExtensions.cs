using Azure.Storage.Blobs;
using MassTransit;
using Microsoft.Extensions.Options;
using Reelwright.Inference;
using Reelwright.Models;
using Reelwright.Worker.Generation;
using Reelwright.Worker.Media;
using Reelwright.Worker.Models;
using Reelwright.Worker.Storage;

namespace Reelwright.Worker.Extensions;

public static class GenerationWorkerExtensions
{
    public static HostApplicationBuilder AddGenerationWorker(this HostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var rabbitMq = Required(configuration, "ConnectionStrings:RabbitMq", "amqp://user:password@host:port/vhost");
        var blobs = Required(configuration, "ConnectionStrings:Blobs", "an Azure Storage connection string");
        var services = builder.Services;

        services.AddSingleton(TimeProvider.System);
        services.AddOptions<WorkerOptions>().BindConfiguration(WorkerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ClipStoreOptions>().BindConfiguration(ClipStoreOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddClipEncoder();

        services.AddSingleton(_ => ModelCatalog.Load(ModelCatalog.ResolveDirectory(configuration["Models:Directory"]), NullIfEmpty(configuration["Models:UserDirectory"])));
        services.AddSingleton(sp => new ExecutionProviderSelector(sp.GetRequiredService<ILogger<ExecutionProviderSelector>>())
            .Select(NullIfEmpty(sp.GetRequiredService<IOptions<WorkerOptions>>().Value.ExecutionProviders)));
        services.AddSingleton<IClipGeneratorFactory, PipelineClipGeneratorFactory>();
        services.AddSingleton<LoadedModels>();
        services.AddSingleton(sp => new BlobServiceClient(blobs, ClipStoreClientOptions.From(sp.GetRequiredService<IOptions<ClipStoreOptions>>().Value)));
        services.AddSingleton<ClipStore>();
        services.AddSingleton<ClipProducer>();
        services.AddSingleton<JobCancellations>();
        services.AddSingleton<WorkerActivity>();
        services.AddSingleton<JobSlots>();

        // Registered before MassTransit so models are loaded and storage is ready before the first job is taken.
        services.AddHostedService<WorkerStartup>();

        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            // Its endpoints depend on which models loaded: one per model's queue, configured below.
            bus.AddConsumer<GenerateClipConsumer>().ExcludeFromConfigureEndpoints();
            // A queue of this worker's own (deleted when it stops): every worker must hear every cancellation.
            bus.AddConsumer<GenerationCancellationRequestedConsumer>()
                .Endpoint(endpoint =>
                {
                    endpoint.Temporary = true;
                    endpoint.InstanceId = Guid.NewGuid().ToString("N");
                });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(rabbitMq));
                rabbit.ConfigureGenerateClipEndpoints(context);
                rabbit.ConfigureEndpoints(context);
            });
        });
        // After the bus, whose hosted service starts it: the first report goes out as soon as the worker is ready.
        services.AddHostedService<WorkerReporter>();
        return builder;
    }

    private static string Required(IConfiguration configuration, string key, string expected) =>
        configuration[key] is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{key} is not set; expected {expected}.");

    private static string[]? NullIfEmpty(string[] values) => values.Length == 0 ? null : values;

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
