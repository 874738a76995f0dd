using System.Text.Json;
using Xunit;

namespace Reelwright.IntegrationTests.Generations;

/// <summary>Scripts are written against the OpenAPI document, so it must describe every endpoint and its inputs.</summary>
public sealed class When_the_api_is_described(StudioFixture studio) : IClassFixture<StudioFixture>
{
    [Fact]
    public async Task The_openapi_document_lists_every_endpoint_with_its_answers()
    {
        using var document = JsonDocument.Parse(await studio.Client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        var paths = document.RootElement.GetProperty("paths");

        var operations = paths.EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => $"{op.Name.ToUpperInvariant()} {path.Name}"))
            .Order();
        Assert.Equal(
        [
            "GET /api/generations", "GET /api/generations/{id}", "GET /api/generations/{id}/media/{kind}", "GET /api/models", "GET /api/workers",
            "POST /api/generations", "POST /api/generations/{id}/cancel",
        ], operations);

        var submit = paths.GetProperty("/api/generations").GetProperty("post");
        Assert.Equal(["200", "201", "400", "422"], submit.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());
        Assert.Contains(submit.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "Idempotency-Key");
    }

    [Fact]
    public async Task The_request_fields_are_explained()
    {
        using var document = JsonDocument.Parse(await studio.Client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        var fields = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("SubmitGenerationRequest").GetProperty("properties");

        Assert.All(["prompt", "negativePrompt", "seed", "steps", "guidance", "modelId"], field =>
            Assert.False(string.IsNullOrWhiteSpace(fields.GetProperty(field).GetProperty("description").GetString()), $"{field} has no description"));
    }
}
