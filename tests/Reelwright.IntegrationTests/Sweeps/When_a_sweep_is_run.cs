using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Reelwright.Api.Sweeps;
using Reelwright.Data.Generations;
using Reelwright.IntegrationTests.Generations;
using Xunit;

namespace Reelwright.IntegrationTests.Sweeps;

/// <summary>A prompt engineer sweeps a template over variables, alternatives and seeds: one batch, one clip per cell.</summary>
public sealed class When_a_sweep_is_run(StudioFixture studio) : IClassFixture<StudioFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Twelve_cells_yield_twelve_clips_in_one_batch_with_their_axis_values()
    {
        var sweep = await CreateAsync(new
        {
            template = "a {{colour}} circle {rising|falling}",
            variables = new Dictionary<string, string[]> { ["colour"] = ["red", "blue", "green"] },
            seeds = new[] { 1, 2 },
            steps = new[] { 2 },
        });

        Assert.Equal(12, sweep.CellCount);
        Assert.Equal(["colour", "alt1", "seed", "steps"], sweep.Axes);
        var done = await WaitUntilDoneAsync(sweep.Id);
        Assert.Equal((12, 12), (done.Done, done.Succeeded));
        Assert.All(done.Cells, cell => Assert.NotNull(cell.Generation.Clip));
        var green = Assert.Single(done.Cells, c => c.Values["colour"] == "green" && c.Values["alt1"] == "falling" && c.Values["seed"] == "2");
        Assert.Equal(("a green circle falling", 2, 2), (green.Generation.Prompt, green.Generation.Seed, green.Generation.Steps));
        Assert.Equal(12, done.Cells.Select(c => (c.Values["colour"], c.Values["alt1"], c.Values["seed"])).Distinct().Count());
    }

    [Fact]
    public async Task A_sweep_over_the_size_limit_is_refused_with_its_count_and_nothing_is_queued()
    {
        using var response = await studio.Client.PostAsJsonAsync("/api/sweeps", new
        {
            template = "a {{colour}} circle",
            variables = new Dictionary<string, string[]> { ["colour"] = ["red", "blue", "green", "white", "black"] },
            seeds = Enumerable.Range(0, 30).ToArray(),
        }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct))!;
        Assert.Contains("150 cells", Assert.Single(problem.Errors["cells"]));
        Assert.DoesNotContain((await studio.ListAsync(100)).Items, g => g.Prompt.EndsWith(" circle", StringComparison.Ordinal) && g.Prompt.StartsWith("a white", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Template_mistakes_are_reported_before_anything_is_queued()
    {
        using var response = await studio.Client.PostAsJsonAsync("/api/sweeps", new
        {
            template = "a {{colour}} circle {{motion}}",
            variables = new Dictionary<string, string[]> { ["colour"] = ["red"], ["size"] = ["big"] },
        }, Ct);
        using var braces = await studio.Client.PostAsJsonAsync("/api/sweeps", new { template = "a {circle}", variables = new Dictionary<string, string[]>() }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct))!;
        Assert.Contains(problem.Errors["template"], m => m.Contains("motion", StringComparison.Ordinal));
        Assert.Contains(problem.Errors["variables"], m => m.Contains("size", StringComparison.Ordinal));
        var single = (await braces.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct))!;
        Assert.Contains(single.Errors["template"], m => m.Contains("{{circle}}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Canceling_a_sweep_cancels_its_waiting_and_running_cells()
    {
        var sweep = await CreateAsync(new
        {
            template = "a {slow|slower} square",
            variables = new Dictionary<string, string[]>(),
            seeds = new[] { 1, 2, 3, 4 },
            steps = new[] { 60 },
        });

        using var canceled = await studio.Client.PostAsync($"/api/sweeps/{sweep.Id}/cancel", null, Ct);
        canceled.EnsureSuccessStatusCode();
        var done = await WaitUntilDoneAsync(sweep.Id);

        Assert.NotNull(done.CanceledAt);
        Assert.True(done.Canceled >= 6, $"only {done.Canceled} of 8 cells were canceled");
        Assert.Equal(8, done.Done);
    }

    private async Task<SweepResponse> CreateAsync(object body)
    {
        using var response = await studio.Client.PostAsJsonAsync("/api/sweeps", body, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<SweepResponse>(StudioFixture.Json, Ct))!;
    }

    private async Task<SweepResponse> WaitUntilDoneAsync(Guid id)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var sweep = (await studio.Client.GetFromJsonAsync<SweepResponse>($"/api/sweeps/{id}", StudioFixture.Json, Ct))!;
            if (sweep.Done == sweep.CellCount)
                return sweep;
            Assert.True(DateTime.UtcNow < deadline, $"the sweep is at {sweep.Done} of {sweep.CellCount}");
            await Task.Delay(250, Ct);
        }
    }
}
