using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Xunit;

namespace Reelwright.IntegrationTests.Generations;

public sealed class When_a_request_is_invalid(StudioFixture studio) : IClassFixture<StudioFixture>
{
    public static TheoryData<string, string> BadRequests => new()
    {
        { """{"prompt":""}""", "prompt" },
        { """{"prompt":"   "}""", "prompt" },
        { """{}""", "prompt" },
        { $$"""{"prompt":"{{string.Join(' ', Enumerable.Repeat("red", 25))}}"}""", "prompt" },
        { $$"""{"prompt":"a red ball","negativePrompt":"{{string.Join(' ', Enumerable.Repeat("blue", 30))}}"}""", "negativePrompt" },
        { """{"prompt":"a red ball","steps":0}""", "steps" },
        { """{"prompt":"a red ball","steps":101}""", "steps" },
        { """{"prompt":"a red ball","guidance":-0.5}""", "guidance" },
        { """{"prompt":"a red ball","guidance":12.5}""", "guidance" },
        { """{"prompt":"a red ball","seed":-1}""", "seed" },
        { """{"prompt":"a red ball","seed":4294967296}""", "seed" },
        { """{"prompt":"a red ball","modelId":"stable-video-9000"}""", "modelId" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task It_is_refused_with_a_problem_naming_the_field_and_nothing_is_stored(string body, string field)
    {
        var before = await studio.ListAsync(limit: 100);

        using var response = await studio.Client.PostAsync("/api/generations",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(TestContext.Current.CancellationToken);
        Assert.Equal([field], problem!.Errors.Keys);
        Assert.Equal(before.Items.Count, (await studio.ListAsync(limit: 100)).Items.Count);
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_a_problem_too()
    {
        using var response = await studio.Client.PostAsync("/api/generations",
            new StringContent("prompt=a red ball", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_overlong_idempotency_key_is_refused()
    {
        using var response = await studio.PostGenerationAsync(new { prompt = "a red ball" }, new string('k', 201));

        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Idempotency-Key"], problem!.Errors.Keys);
    }

    [Fact]
    public async Task Unknown_generations_and_media_kinds_are_told_apart()
    {
        using var missing = await studio.Client.GetAsync($"/api/generations/{Guid.NewGuid()}", TestContext.Current.CancellationToken);
        using var badKind = await studio.Client.GetAsync($"/api/generations/{Guid.NewGuid()}/media/hologram", TestContext.Current.CancellationToken);
        using var badCursor = await studio.Client.GetAsync("/api/generations?cursor=not-a-cursor", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badCursor.StatusCode);
    }
}
