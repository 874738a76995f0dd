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
            "DELETE /api/me/tokens/{id}", "DELETE /api/teams/{id}/members/{userId}", "DELETE /api/teams/{teamId}/invitations/{invitationId}",
            "GET /api/generations", "GET /api/generations/{id}", "GET /api/generations/{id}/media/{kind}", "GET /api/invitations/{token}",
            "GET /api/me", "GET /api/me/tokens", "GET /api/models", "GET /api/teams/{id}", "GET /api/teams/{teamId}/invitations", "GET /api/workers",
            "POST /api/auth/sign-in", "POST /api/auth/sign-out", "POST /api/auth/sign-up", "POST /api/generations", "POST /api/generations/{id}/cancel",
            "POST /api/invitations/{token}/accept", "POST /api/me/tokens", "POST /api/teams", "POST /api/teams/{id}/projects",
            "POST /api/teams/{teamId}/invitations",
            "PUT /api/generations/{id}/visibility", "PUT /api/teams/{id}/members/{userId}",
        ], operations);

        var submit = paths.GetProperty("/api/generations").GetProperty("post");
        Assert.Equal(["200", "201", "400", "403", "404", "422"], submit.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());
        Assert.Contains(submit.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "Idempotency-Key");
    }

    [Fact]
    public async Task The_request_fields_are_explained()
    {
        using var document = JsonDocument.Parse(await studio.Client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        var fields = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("SubmitGenerationRequest").GetProperty("properties");

        Assert.All(["prompt", "negativePrompt", "seed", "steps", "guidance", "modelId", "scheduler", "keyframes", "framesBetween", "endPrompt", "projectId", "visibility"], field =>
            Assert.False(string.IsNullOrWhiteSpace(fields.GetProperty(field).GetProperty("description").GetString()), $"{field} has no description"));
    }
}
