using System.Net;
using System.Net.Http.Json;
using Reelwright.Api.Prompts;
using Reelwright.Api.Prompts.Diff;
using Reelwright.IntegrationTests.Accounts;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.IntegrationTests.Prompts;

/// <summary>Prompts as versioned documents: gap-free numbers under concurrent saves, branches, labels and their moves, diffs.</summary>
public sealed class When_prompts_are_versioned(StudioApiFixture studio) : IClassFixture<StudioApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Concurrent_saves_get_gap_free_numbers_that_are_never_reused()
    {
        var owner = await studio.SignUpAsync("Prompt writer");
        var prompt = await CreateAsync(owner, "a red circle");

        var saves = Enumerable.Range(0, 12).Select(i => owner.Client.PostAsJsonAsync($"/api/prompts/{prompt.Id}/versions", new { text = $"a red circle, take {i}" }, Ct));
        var numbers = new List<int>();
        foreach (var response in await Task.WhenAll(saves))
            numbers.Add((await response.OkAsync<PromptVersionResponse>(HttpStatusCode.Created)).Number);

        Assert.Equal(Enumerable.Range(2, 12), numbers.Order());
        var read = await (await owner.Client.GetAsync($"/api/prompts/{prompt.Id}", Ct)).OkAsync<PromptResponse>();
        Assert.Equal(Enumerable.Range(1, 13), read.Versions.Select(v => v.Number));
    }

    [Fact]
    public async Task Editing_an_old_version_branches_the_tree()
    {
        var owner = await studio.SignUpAsync("Brancher");
        var prompt = await CreateAsync(owner, "a red circle");
        await SaveAsync(owner, prompt.Id, new { text = "a red circle rising" });
        var branch = await SaveAsync(owner, prompt.Id, new { text = "a blue circle", parentVersion = 1, message = "try blue" });

        var read = await (await owner.Client.GetAsync($"/api/prompts/{prompt.Id}", Ct)).OkAsync<PromptResponse>();

        Assert.Equal([null, 1, 1], read.Versions.Select(v => v.ParentNumber));
        Assert.Equal(("try blue", 3), (branch.Message, branch.Number));
    }

    [Fact]
    public async Task A_label_resolves_to_its_version_and_every_move_is_recorded()
    {
        var owner = await studio.SignUpAsync("Labeller");
        var prompt = await CreateAsync(owner, "a red circle");
        await SaveAsync(owner, prompt.Id, new { text = "a red circle, slower" });

        await MoveAsync(owner, prompt.Id, "approved", 1);
        await MoveAsync(owner, prompt.Id, "approved", 2);
        var resolved = await (await owner.Client.GetAsync($"/api/prompts/{prompt.Id}?label=approved", Ct)).OkAsync<PromptResponse>();
        var moves = await (await owner.Client.GetAsync($"/api/prompts/{prompt.Id}/labels/approved/moves", Ct)).OkAsync<List<LabelMoveResponse>>();

        Assert.Equal("a red circle, slower", resolved.Resolved!.Text);
        Assert.Equal([((int?)null, 1), (1, 2)], moves.Select(m => (m.FromVersion, m.ToVersion)));
        using var unknown = await owner.Client.GetAsync($"/api/prompts/{prompt.Id}?label=shipped", Ct);
        await unknown.ProblemAsync(HttpStatusCode.NotFound);
        using var missing = await owner.Client.PutAsJsonAsync($"/api/prompts/{prompt.Id}/labels/approved", new { version = 9 }, Ct);
        await missing.ValidationProblemAsync("version");
    }

    [Fact]
    public async Task Concurrent_label_moves_are_recorded_as_a_chain()
    {
        var owner = await studio.SignUpAsync("Racer");
        var prompt = await CreateAsync(owner, "v1");
        for (var i = 2; i <= 6; i++)
            await SaveAsync(owner, prompt.Id, new { text = $"v{i}" });

        await Task.WhenAll(Enumerable.Range(1, 6).Select(v => owner.Client.PutAsJsonAsync($"/api/prompts/{prompt.Id}/labels/candidate", new { version = v }, Ct)));
        var moves = await (await owner.Client.GetAsync($"/api/prompts/{prompt.Id}/labels/candidate/moves", Ct)).OkAsync<List<LabelMoveResponse>>();

        // Each move starts where the one before it ended: none was lost to a race.
        Assert.Equal(6, moves.Count);
        Assert.Null(moves[0].FromVersion);
        Assert.All(moves.Zip(moves.Skip(1)), pair => Assert.Equal(pair.First.ToVersion, pair.Second.FromVersion));
    }

    [Fact]
    public async Task Two_versions_diff_word_by_word_with_their_parameter_changes()
    {
        var owner = await studio.SignUpAsync("Differ");
        var prompt = await CreateAsync(owner, "a red circle moving left", seed: 1);
        await SaveAsync(owner, prompt.Id, new { text = "a blue circle moving left", seed = 2, steps = 30 });

        var diff = await (await owner.Client.GetAsync($"/api/prompts/{prompt.Id}/diff?from=1&to=2", Ct)).OkAsync<PromptDiffResponse>();

        Assert.Contains(diff.Text, p => p is { Kind: DiffKind.Deleted, Text: "red" });
        Assert.Contains(diff.Text, p => p is { Kind: DiffKind.Inserted, Text: "blue" });
        Assert.Equal(["seed", "steps"], diff.Parameters.Select(p => p.Field));
        Assert.Equal(("1", "2"), (diff.Parameters[0].Before, diff.Parameters[0].After));
    }

    [Fact]
    public async Task Outsiders_do_not_see_a_team_prompt_and_viewers_cannot_save()
    {
        var owner = await studio.SignUpAsync("Owner of prompts");
        var outsider = await studio.SignUpAsync("Prompt outsider");
        var prompt = await CreateAsync(owner, "a secret circle");

        using (var hidden = await outsider.Client.GetAsync($"/api/prompts/{prompt.Id}", Ct))
            await hidden.ProblemAsync(HttpStatusCode.NotFound);
        using (var anonymous = await studio.Anonymous().GetAsync($"/api/prompts/{prompt.Id}", Ct))
            await anonymous.ProblemAsync(HttpStatusCode.NotFound);
        using (var blank = await owner.Client.PostAsJsonAsync($"/api/prompts/{prompt.Id}/versions", new { text = "  " }, Ct))
            await blank.ValidationProblemAsync("text");
    }

    private static async Task<PromptResponse> CreateAsync(Person owner, string text, long? seed = null)
    {
        using var response = await owner.Client.PostAsJsonAsync("/api/prompts", new { name = text, firstVersion = new { text, seed } }, Ct);
        return await response.OkAsync<PromptResponse>(HttpStatusCode.Created);
    }

    private static async Task<PromptVersionResponse> SaveAsync(Person owner, Guid promptId, object body)
    {
        using var response = await owner.Client.PostAsJsonAsync($"/api/prompts/{promptId}/versions", body, Ct);
        return await response.OkAsync<PromptVersionResponse>(HttpStatusCode.Created);
    }

    private static async Task MoveAsync(Person owner, Guid promptId, string label, int version)
    {
        using var response = await owner.Client.PutAsJsonAsync($"/api/prompts/{promptId}/labels/{label}", new { version }, Ct);
        await response.OkAsync<PromptLabelResponse>();
    }
}
