using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Reelwright.IntegrationTests.Generations;

/// <summary>Scripts are written against the OpenAPI document, so it must describe every endpoint and its inputs.</summary>
public sealed class When_the_api_is_described(StudioFixture studio) : IClassFixture<StudioFixture>
{
    [Fact]
    public async Task The_openapi_document_lists_every_endpoint_with_a_summary_and_its_answers()
    {
        using var document = JsonDocument.Parse(await studio.Client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        var paths = document.RootElement.GetProperty("paths");
        var documented = paths.EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Key: $"{op.Name.ToUpperInvariant()} {path.Name}", Operation: op.Value)))
            .ToDictionary(op => op.Key, op => op.Operation);

        // Every HTTP endpoint the API maps, from its own routing table, except the hub, the health probe and the document itself.
        var mapped = studio.Api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } route && route.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Select(m => $"{m} {Normalise(e.RoutePattern.RawText!)}") ?? [])
            .Order().ToList();

        Assert.Equal(mapped, documented.Keys.Order());
        Assert.True(mapped.Count > 40, $"only {mapped.Count} endpoints were found");
        Assert.All(documented, op =>
        {
            Assert.False(string.IsNullOrWhiteSpace(op.Value.TryGetProperty("summary", out var summary) ? summary.GetString() : null), $"{op.Key} has no summary");
            Assert.Contains(op.Value.GetProperty("responses").EnumerateObject(), r => r.Name.StartsWith('2'));
        });

        var submit = documented["POST /api/generations"];
        Assert.Equal(["200", "201", "400", "403", "404", "422"], submit.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());
        Assert.Contains(submit.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "Idempotency-Key");
    }

    // "/api/generations/{id:guid}" is documented as "/api/generations/{id}", and group prefixes leave no trailing slash.
    private static string Normalise(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route, @"\{(\w+):[^}]+\}", "{$1}").TrimEnd('/');

    [Fact]
    public async Task The_request_fields_are_explained()
    {
        using var document = JsonDocument.Parse(await studio.Client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        var fields = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("SubmitGenerationRequest").GetProperty("properties");

        Assert.All(["prompt", "negativePrompt", "seed", "steps", "guidance", "modelId", "scheduler", "keyframes", "framesBetween", "endPrompt", "projectId", "visibility"], field =>
            Assert.False(string.IsNullOrWhiteSpace(fields.GetProperty(field).GetProperty("description").GetString()), $"{field} has no description"));
    }
}
