using Reelwright.Api.Workers;
using Reelwright.Models;

namespace Reelwright.Api.Models;

public static class ModelsApi
{
    public static RouteHandlerBuilder MapModelsApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/models", async (ModelCatalog catalog, WorkerRegistry workers, CancellationToken ct) =>
            {
                var models = new List<ModelResponse>();
                foreach (var model in catalog.All)
                    models.Add(ModelResponse.From(model, await workers.WhyModelIsRefusedAsync(model.Id, ct)));
                return TypedResults.Ok(models);
            })
            .WithTags("Models")
            .WithName("ListModels")
            .WithSummary("The models a generation may name, with their defaults, limits and whether an online worker can run them");
}
