namespace Reelwright.Api.Workers;

public static class WorkersApi
{
    public static RouteHandlerBuilder MapWorkersApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/workers", async (WorkerRegistry registry, CancellationToken ct) =>
                TypedResults.Ok((await registry.ListAsync(ct)).Select(w => WorkerResponse.From(w, registry.IsOnline(w))).ToList()))
            .RequireAuthorization()
            .WithTags("Workers")
            .WithName("ListWorkers")
            .WithSummary("Generation workers, their execution provider (and why) and the models each can run");
}
