using Reelwright.Models;

namespace Reelwright.Api.Models;

public static class ModelsApi
{
    public static RouteHandlerBuilder MapModelsApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/models", (ModelCatalog catalog) => TypedResults.Ok(catalog.All.Select(ModelResponse.From).ToList()))
            .WithTags("Models")
            .WithName("ListModels")
            .WithSummary("The models a generation may name, with their defaults and limits");
}
