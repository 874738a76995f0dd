using System.Net.Http.Json;
using Reelwright.Api.Generations;
using Reelwright.Data.Generations;
using Xunit;

namespace Reelwright.IntegrationTests.Generations;

/// <summary>Waiting on a generation through the API, as a script would; fails the test with where it got stuck.</summary>
public static class GenerationPolling
{
    public static Task<GenerationResponse> WaitUntilFinishedAsync(HttpClient api, Guid id, int timeoutSeconds = 90) =>
        WaitUntilAsync(api, id, g => g.Status is GenerationStatus.Succeeded or GenerationStatus.Failed or GenerationStatus.Canceled, timeoutSeconds);

    public static async Task<GenerationResponse> WaitUntilAsync(HttpClient api, Guid id, Func<GenerationResponse, bool> reached, int timeoutSeconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var generation = (await api.GetFromJsonAsync<GenerationResponse>($"/api/generations/{id}", StudioFixture.Json, TestContext.Current.CancellationToken))!;
            if (reached(generation))
                return generation;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Generation {id} is still {generation.Status} (step {generation.CurrentStep}/{generation.Steps}) after {timeoutSeconds} s.");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
