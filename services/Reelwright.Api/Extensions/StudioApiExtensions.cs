using System.Text.Json.Serialization;
using Azure.Storage.Blobs;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Accounts;
using Reelwright.Api.Activity;
using Reelwright.Api.Comments;
using Reelwright.Api.Downloads;
using Reelwright.Api.Prompts;
using Reelwright.Api.Reviews;
using Reelwright.Api.Scheduling;
using Reelwright.Api.ShareLinks;
using Reelwright.Api.Shots;
using Reelwright.Api.Sweeps;
using Reelwright.Api.Faults;
using Reelwright.Api.Generations;
using Reelwright.Api.Generations.Reruns;
using Reelwright.Api.Favourites;
using Reelwright.Api.Gallery;
using Reelwright.Api.Teams;
using Reelwright.Api.Generations.Status;
using Reelwright.Api.Media;
using Reelwright.Api.Models;
using Reelwright.Api.Outbox;
using Reelwright.Api.Webhooks;
using Reelwright.Api.Workers;
using Reelwright.Data;
using Reelwright.Models;

namespace Reelwright.Api.Extensions;

public static class StudioApiExtensions
{
    public static WebApplicationBuilder AddStudioApi(this WebApplicationBuilder builder)
    {
        var connections = StudioConnectionStrings.Read(builder.Configuration);
        var services = builder.Services;

        services.AddProblemDetails();
        services.AddExceptionHandler<DatabaseUnavailableHandler>();
        services.AddOpenApi();
        services.AddSignalR().AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddSingleton(TimeProvider.System);

        services.AddDbContext<StudioDbContext>(db => db.UseStudioDatabase(connections.Studio));
        services.AddStudioAccounts();
        services.AddSingleton(_ => new BlobServiceClient(connections.Blobs));
        services.AddSingleton(_ => ModelCatalog.Load(ModelCatalog.ResolveDirectory(builder.Configuration["Models:Directory"]), NullIfBlank(builder.Configuration["Models:UserDirectory"])));

        services.AddSingleton<PromptTokenCounter>();
        services.AddScoped<GenerationRequestValidator>();
        services.AddScoped<GenerationSubmitter>();
        services.AddScoped<GenerationCanceler>();
        services.AddScoped<SweepPlanner>();
        services.AddScoped<PromptStore>();
        services.AddOptions<SweepOptions>().BindConfiguration(SweepOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<GenerationStatusRecorder>();
        services.AddScoped<WorkerRegistry>();
        services.AddOptions<WorkersOptions>().BindConfiguration(WorkersOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<GenerationUpdateNotifier>();
        services.AddSingleton<GenerationLocks>();

        services.AddOptions<OutboxOptions>().BindConfiguration("Outbox").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OutboxSignal>();
        services.AddStudioScheduling(builder.Configuration);
        services.AddSingleton<OutboxRelay>();
        if (builder.Configuration.GetValue("Outbox:RelayEnabled", defaultValue: true))
            services.AddHostedService(sp => sp.GetRequiredService<OutboxRelay>());
        services.AddWebhooks(builder.Configuration);
        services.AddDownloads();

        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            bus.AddConsumer<GenerationStartedConsumer, GenerationStatusConsumerDefinition<GenerationStartedConsumer>>();
            bus.AddConsumer<GenerationProgressedConsumer, GenerationStatusConsumerDefinition<GenerationProgressedConsumer>>();
            bus.AddConsumer<ClipGeneratedConsumer, GenerationStatusConsumerDefinition<ClipGeneratedConsumer>>();
            bus.AddConsumer<GenerationFailedConsumer, GenerationStatusConsumerDefinition<GenerationFailedConsumer>>();
            bus.AddConsumer<GenerateClipFaultConsumer, GenerationStatusConsumerDefinition<GenerateClipFaultConsumer>>();
            bus.AddConsumer<WorkerReportedConsumer, GenerationStatusConsumerDefinition<WorkerReportedConsumer>>();
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connections.RabbitMq));
                rabbit.ConfigureEndpoints(context);
            });
        });

        return builder;
    }

    public static async Task<WebApplication> MapStudioApiAsync(this WebApplication app)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<StudioDbContext>();
            await db.Database.MigrateAsync();
            app.Services.GetRequiredService<MediaUrlSigner>().UseKey(await MediaSigningKey.LoadOrCreateAsync(db, TimeProvider.System));
        }

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();
        app.MapAccountsApi();
        app.MapPersonalTokensApi();
        app.MapTeamsApi();
        app.MapInvitationsApi();
        app.MapShotsApi();
        app.MapReviewsApi();
        app.MapCommentsApi();
        app.MapActivityApi();
        app.MapQueueApi();
        app.MapSweepsApi();
        app.MapPromptsApi();
        app.MapPromptSearchApi();
        app.MapFavouritesApi();
        app.MapGenerationsApi().MapRerunsApi();
        app.MapMediaApi();
        app.MapDownloadsApi();
        app.MapGalleryApi();
        app.MapModelsApi();
        app.MapWorkersApi();
        app.MapWebhooksApi();
        app.MapShareLinksApi();
        app.MapHub<GenerationsHub>(GenerationsHub.Path);
        app.MapGet("/health", () => TypedResults.Ok("ok")).ExcludeFromDescription();
        return app;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
