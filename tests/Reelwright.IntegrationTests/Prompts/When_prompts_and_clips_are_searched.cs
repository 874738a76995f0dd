using System.Net;
using System.Net.Http.Json;
using Reelwright.Api.Activity;
using Reelwright.Api.Favourites;
using Reelwright.Api.Generations;
using Reelwright.Api.Prompts;
using Reelwright.Data.Activity;
using Reelwright.IntegrationTests.Accounts;
using Xunit;

namespace Reelwright.IntegrationTests.Prompts;

/// <summary>Finding one's prompts and clips again: text, label, model and favourite filters, keyset pages, stars.</summary>
public sealed class When_prompts_and_clips_are_searched(StudioApiFixture studio) : IClassFixture<StudioApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Prompts_are_found_by_text_label_and_star_and_paged_without_gaps_or_repeats()
    {
        var writer = await studio.SignUpAsync("Searcher");
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
            ids.Add((await CreatePromptAsync(writer, $"orbit study {i}", $"a moon orbiting, take {i}")).Id);
        var other = await CreatePromptAsync(writer, "unrelated", "a falling leaf");
        await (await writer.Client.PutAsJsonAsync($"/api/prompts/{ids[1]}/labels/approved", new { version = 1 }, Ct)).OkAsync<PromptLabelResponse>();
        (await writer.Client.PutAsync($"/api/favourites/prompts/{ids[3]}", null, Ct)).EnsureSuccessStatusCode();
        (await writer.Client.PutAsync($"/api/favourites/prompts/{ids[3]}", null, Ct)).EnsureSuccessStatusCode();

        var first = await SearchAsync(writer, "q=MOON&limit=2");
        var second = await SearchAsync(writer, $"q=moon&limit=2&cursor={first.NextCursor}");
        var third = await SearchAsync(writer, $"q=moon&limit=2&cursor={second.NextCursor}");
        var approved = await SearchAsync(writer, "label=approved");
        var starred = await SearchAsync(writer, "favourites=true");

        Assert.Equal(ids.AsEnumerable().Reverse(), first.Items.Concat(second.Items).Concat(third.Items).Select(p => p.Id));
        Assert.Null(third.NextCursor);
        Assert.Equal([(ids[1], "approved")], approved.Items.Select(p => (p.Id, p.Labels.Single())));
        Assert.Equal([(ids[3], true)], starred.Items.Select(p => (p.Id, p.Favourite)));
        Assert.DoesNotContain(first.Items.Concat(second.Items), p => p.Id == other.Id);
        var stars = await (await writer.Client.GetAsync("/api/favourites", Ct)).OkAsync<FavouritesResponse>();
        Assert.Equal([ids[3]], stars.PromptIds);
    }

    [Fact]
    public async Task Clips_are_found_by_text_author_and_star()
    {
        var author = await studio.SignUpAsync("Clip searcher");
        var clips = new List<GenerationResponse>();
        foreach (var prompt in new[] { "a comet streaking", "a comet fading", "a still lake" })
        {
            using var response = await author.Client.PostAsJsonAsync("/api/generations", new { prompt }, Ct);
            clips.Add(await response.OkAsync<GenerationResponse>(HttpStatusCode.Created));
        }
        (await author.Client.PutAsync($"/api/favourites/generations/{clips[2].Id}", null, Ct)).EnsureSuccessStatusCode();

        var comets = await (await author.Client.GetAsync($"/api/generations?q=comet&authorId={author.Id}", Ct)).OkAsync<GenerationPage>();
        var starred = await (await author.Client.GetAsync("/api/generations?favourites=true", Ct)).OkAsync<GenerationPage>();
        (await author.Client.DeleteAsync($"/api/favourites/generations/{clips[2].Id}", Ct)).EnsureSuccessStatusCode();
        var unstarred = await (await author.Client.GetAsync("/api/generations?favourites=true", Ct)).OkAsync<GenerationPage>();

        Assert.Equal([clips[1].Id, clips[0].Id], comets.Items.Select(g => g.Id));
        Assert.Equal([clips[2].Id], starred.Items.Select(g => g.Id));
        Assert.Empty(unstarred.Items);
    }

    [Fact]
    public async Task Starring_what_one_cannot_see_is_not_found_and_bad_filters_are_refused_by_field()
    {
        var owner = await studio.SignUpAsync("Private writer");
        var outsider = await studio.SignUpAsync("Star thief");
        var prompt = await CreatePromptAsync(owner, "secret", "a hidden door");

        using var star = await outsider.Client.PutAsync($"/api/favourites/prompts/{prompt.Id}", null, Ct);
        using var badCursor = await owner.Client.GetAsync("/api/prompts?cursor=nope", Ct);
        using var badDates = await owner.Client.GetAsync("/api/generations?from=2026-02-01&to=2026-01-01", Ct);

        await star.ProblemAsync(HttpStatusCode.NotFound);
        await badCursor.ValidationProblemAsync("cursor");
        await badDates.ValidationProblemAsync("to");
    }

    [Fact]
    public async Task Moving_a_label_shows_in_the_projects_activity()
    {
        var writer = await studio.SignUpAsync("Activity labeller");
        var prompt = await CreatePromptAsync(writer, "tide", "the tide coming in");

        await (await writer.Client.PutAsJsonAsync($"/api/prompts/{prompt.Id}/labels/candidate", new { version = 1 }, Ct)).OkAsync<PromptLabelResponse>();
        var activity = await (await writer.Client.GetAsync($"/api/projects/{prompt.ProjectId}/activity", Ct)).OkAsync<ActivityPage>();

        var entry = Assert.Single(activity.Items, a => a.Kind == ActivityKind.Labelled);
        Assert.Equal("Activity labeller moved candidate of \"tide\" to v1", entry.Summary);
    }

    private static async Task<PromptResponse> CreatePromptAsync(Person writer, string name, string text)
    {
        using var response = await writer.Client.PostAsJsonAsync("/api/prompts", new { name, firstVersion = new { text } }, Ct);
        return await response.OkAsync<PromptResponse>(HttpStatusCode.Created);
    }

    private static async Task<PromptPage> SearchAsync(Person writer, string query) =>
        await (await writer.Client.GetAsync($"/api/prompts?{query}", Ct)).OkAsync<PromptPage>();
}
