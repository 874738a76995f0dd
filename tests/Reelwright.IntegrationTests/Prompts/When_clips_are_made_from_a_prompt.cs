using System.Net;
using System.Net.Http.Json;
using Reelwright.Api.Generations;
using Reelwright.Api.Generations.Reruns;
using Reelwright.Api.Prompts;
using Reelwright.Api.Sweeps;
using Reelwright.IntegrationTests.Accounts;
using Reelwright.IntegrationTests.Generations;
using Xunit;

namespace Reelwright.IntegrationTests.Prompts;

/// <summary>
/// A prompt engineer generates from a prompt, sweeps its versions and re-runs a clip: every clip knows the version it
/// came from, a changed form saves a version, and a re-run says whether the frames were reproduced.
/// </summary>
public sealed class When_clips_are_made_from_a_prompt(StudioFixture studio) : IClassFixture<StudioFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Generate_from_an_unchanged_form_links_the_clip_to_that_version_and_saves_nothing()
    {
        var prompt = await CreatePromptAsync("a red circle moving left", seed: 5, steps: 4);

        var clip = await studio.SubmitAsync(new { prompt = "a red circle moving left", seed = 5, steps = 4, promptId = prompt.Id, promptVersion = 1 });

        Assert.Equal((prompt.Id, 1), (clip.PromptId, clip.PromptVersion));
        Assert.Single((await ReadPromptAsync(prompt.Id)).Versions);
        var fromVersion = await (await studio.Client.GetAsync($"/api/generations?promptId={prompt.Id}&promptVersion=1", Ct)).OkAsync<GenerationPage>();
        var fromOther = await (await studio.Client.GetAsync($"/api/generations?promptId={prompt.Id}&promptVersion=2", Ct)).OkAsync<GenerationPage>();
        Assert.Equal([clip.Id], fromVersion.Items.Select(g => g.Id));
        Assert.Empty(fromOther.Items);
    }

    [Fact]
    public async Task Generate_from_a_changed_form_saves_a_branch_once_even_when_retried()
    {
        var prompt = await CreatePromptAsync("a red circle", seed: 5, steps: 4);
        await SaveAsync(prompt.Id, new { text = "a red circle rising", seed = 5, steps = 4 });

        var body = new { prompt = "a red circle, slowly", seed = 6, steps = 4, promptId = prompt.Id, promptVersion = 1 };
        var first = await studio.SubmitAsync(body, idempotencyKey: "changed-form");
        var retried = await studio.SubmitAsync(body, idempotencyKey: "changed-form");

        var read = await ReadPromptAsync(prompt.Id);
        Assert.Equal(first.Id, retried.Id);
        Assert.Equal(3, read.Versions.Count);
        var saved = read.Versions[^1];
        Assert.Equal((3, (int?)1, "a red circle, slowly", (long?)6), (saved.Number, saved.ParentNumber, saved.Text, saved.Seed));
        Assert.Equal(3, first.PromptVersion);
    }

    [Fact]
    public async Task A_prompt_from_another_project_or_a_missing_version_is_refused_by_field()
    {
        var prompt = await CreatePromptAsync("a red circle");

        using var missing = await studio.PostGenerationAsync(new { prompt = "a red circle", promptId = prompt.Id, promptVersion = 7 });
        using var unknown = await studio.PostGenerationAsync(new { prompt = "a red circle", promptId = Guid.NewGuid() });

        await missing.ValidationProblemAsync("promptVersion");
        await unknown.ValidationProblemAsync("promptId");
    }

    [Fact]
    public async Task A_sweep_over_two_versions_and_two_seeds_gives_four_clips_each_linked_to_its_version()
    {
        var prompt = await CreatePromptAsync("a red circle", steps: 2);
        await SaveAsync(prompt.Id, new { text = "a blue square", steps = 2 });

        using var response = await studio.Client.PostAsJsonAsync("/api/sweeps", new { promptId = prompt.Id, promptVersions = new[] { 1, 2 }, seeds = new[] { 1, 2 } }, Ct);
        var sweep = await response.OkAsync<SweepResponse>(HttpStatusCode.Created);

        Assert.Equal(["version", "seed"], sweep.Axes);
        Assert.Equal(4, sweep.CellCount);
        Assert.All(sweep.Cells, cell => Assert.Equal(
            (cell.Values["version"] == "1" ? "a red circle" : "a blue square", int.Parse(cell.Values["version"]), prompt.Id),
            (cell.Generation.Prompt, cell.Generation.PromptVersion!.Value, cell.Generation.PromptId!.Value)));
        var listed = await (await studio.Client.GetAsync($"/api/sweeps?projectId={prompt.ProjectId}", Ct)).OkAsync<List<SweepResponse>>();
        Assert.Contains(listed, s => s.Id == sweep.Id && s.CellCount == 4 && s.Cells.Count == 0);
    }

    [Fact]
    public async Task A_rerun_on_the_same_provider_reproduces_the_frame_hash_and_says_so()
    {
        var original = await studio.SubmitAsync(new { prompt = "a green triangle falling", seed = 42, steps = 3 });
        await studio.WaitUntilFinishedAsync(original.Id);

        using var rerunResponse = await studio.Client.PostAsync($"/api/generations/{original.Id}/rerun", null, Ct);
        var rerun = await rerunResponse.OkAsync<GenerationResponse>(HttpStatusCode.Created);
        var pending = await (await studio.Client.GetAsync($"/api/generations/{rerun.Id}/verification", Ct)).OkAsync<VerificationResponse>();
        var finished = await studio.WaitUntilFinishedAsync(rerun.Id);
        var verified = await (await studio.Client.GetAsync($"/api/generations/{rerun.Id}/verification", Ct)).OkAsync<VerificationResponse>();

        Assert.Equal((original.Id, 42L, 3), (rerun.RerunOfId!.Value, rerun.Seed, rerun.Steps));
        Assert.Contains(pending.Outcome, new[] { VerificationOutcome.Pending, VerificationOutcome.Matches });
        Assert.Equal(VerificationOutcome.Matches, verified.Outcome);
        Assert.Equal(finished.Clip!.FramesSha256, verified.OriginalFramesSha256);
        Assert.Contains("Reproduced exactly", verified.Message);
        using var notARerun = await studio.Client.GetAsync($"/api/generations/{original.Id}/verification", Ct);
        await notARerun.ProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<PromptResponse> CreatePromptAsync(string text, long? seed = null, int? steps = null)
    {
        using var response = await studio.Client.PostAsJsonAsync("/api/prompts", new { name = text, firstVersion = new { text, seed, steps } }, Ct);
        return await response.OkAsync<PromptResponse>(HttpStatusCode.Created);
    }

    private async Task SaveAsync(Guid promptId, object body)
    {
        using var response = await studio.Client.PostAsJsonAsync($"/api/prompts/{promptId}/versions", body, Ct);
        await response.OkAsync<PromptVersionResponse>(HttpStatusCode.Created);
    }

    private async Task<PromptResponse> ReadPromptAsync(Guid id) => await (await studio.Client.GetAsync($"/api/prompts/{id}", Ct)).OkAsync<PromptResponse>();
}
