using System.Net;
using System.Net.Http.Json;
using Reelwright.Api.Generations;
using Xunit;

namespace Reelwright.IntegrationTests.Generations;

public sealed class When_an_idempotency_key_is_reused(StudioFixture studio) : IClassFixture<StudioFixture>
{
    [Fact]
    public async Task A_retry_returns_the_same_generation_instead_of_a_second_one()
    {
        var key = Guid.NewGuid().ToString();
        var body = new { prompt = "a blue ring bouncing", steps = 2 };

        using var first = await studio.PostGenerationAsync(body, key);
        using var retry = await studio.PostGenerationAsync(body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var created = await first.Content.ReadFromJsonAsync<GenerationResponse>(StudioFixture.Json, TestContext.Current.CancellationToken);
        var replayed = await retry.Content.ReadFromJsonAsync<GenerationResponse>(StudioFixture.Json, TestContext.Current.CancellationToken);
        Assert.Equal(created!.Id, replayed!.Id);
        Assert.Equal(created.Seed, replayed.Seed);
        Assert.Single((await studio.ListAsync(limit: 100)).Items, g => g.Prompt == body.prompt);
    }

    [Fact]
    public async Task Concurrent_requests_with_one_key_make_one_generation()
    {
        var key = Guid.NewGuid().ToString();
        var body = new { prompt = "a pink cross turning", steps = 2 };

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => studio.PostGenerationAsync(body, key)));
        var ids = await Task.WhenAll(responses.Select(async r =>
            (await r.Content.ReadFromJsonAsync<GenerationResponse>(StudioFixture.Json, TestContext.Current.CancellationToken))!.Id));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, $"status {r.StatusCode}"));
        Assert.Single(ids.Distinct());
        Assert.Single((await studio.ListAsync(limit: 100)).Items, g => g.Prompt == body.prompt);
    }

    [Fact]
    public async Task The_same_key_with_a_different_request_is_refused()
    {
        var key = Guid.NewGuid().ToString();
        using var first = await studio.PostGenerationAsync(new { prompt = "a cyan diamond falling", steps = 2 }, key);
        using var clash = await studio.PostGenerationAsync(new { prompt = "a cyan diamond rising", steps = 2 }, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, clash.StatusCode);
        Assert.Contains("Idempotency-Key", await clash.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.DoesNotContain((await studio.ListAsync(limit: 100)).Items, g => g.Prompt == "a cyan diamond rising");
    }
}
