using System.Net;
using System.Net.Http.Json;
using Reelwright.Api.Gallery;
using Reelwright.Api.Generations;
using Reelwright.Data.Generations;
using Reelwright.IntegrationTests.Accounts;
using Xunit;

namespace Reelwright.IntegrationTests.Gallery;

public sealed class When_a_clip_is_published(GalleryStudio studio) : IClassFixture<GalleryStudio>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task It_appears_in_the_gallery_for_anyone_and_its_video_plays()
    {
        var clip = await OneClipAsync("a yellow circle rolling right");
        using (var untitled = await studio.PostPublishAsync(clip.Id, "  "))
            await untitled.ValidationProblemAsync("title");

        var published = await studio.PublishAsync(clip.Id, "Sunny roll");

        using var visitor = studio.Anonymous();
        var listed = Assert.Single(await GalleryStudio.GalleryAsync(visitor), c => c.Id == clip.Id);
        Assert.Equal("Sunny roll", listed.Title);
        Assert.Equal(studio.Account.DisplayName, listed.AuthorName);
        Assert.False(listed.LikedByMe);
        Assert.Equal(clip.Prompt, listed.Recipe?.Prompt);
        var seen = await GalleryStudio.GalleryClipAsync(visitor, clip.Id);
        Assert.Equal(published.PublishedAt, seen.PublishedAt);
        Assert.Equal(clip.Clip!.FrameCount, seen.FrameCount);
        using var video = await visitor.GetAsync(seen.VideoUrl, Ct);
        Assert.Equal(HttpStatusCode.OK, video.StatusCode);
        Assert.Equal("video/mp4", video.Content.Headers.ContentType?.MediaType);
        Assert.Equal(clip.Clip.VideoBytes, (await video.Content.ReadAsByteArrayAsync(Ct)).LongLength);
        Assert.Equal(HttpStatusCode.OK, await GalleryStudio.StatusOfAsync(visitor, seen.PosterUrl));
        var generation = await studio.GetAsync(clip.Id);
        Assert.Equal((Visibility.Public, "Sunny roll", false), (generation.Visibility, generation.Title, generation.HideRecipe));
        Assert.NotNull(generation.PublishedAt);
    }

    [Fact]
    public async Task Unpublishing_takes_it_out_and_voids_every_media_url_handed_out()
    {
        var clip = await OneClipAsync("a green square sliding down");
        await studio.PublishAsync(clip.Id, "Green slide");
        using var visitor = studio.Anonymous();
        var before = await GalleryStudio.GalleryClipAsync(visitor, clip.Id);
        Assert.Equal(HttpStatusCode.OK, await GalleryStudio.StatusOfAsync(visitor, before.VideoUrl));
        // The plain URL a link preview keeps (no signature to expire) serves it while it is published.
        var previewPoster = before.PosterUrl.Split('?')[0];
        Assert.Equal(HttpStatusCode.OK, await GalleryStudio.StatusOfAsync(visitor, previewPoster));

        using var unpublish = await studio.Client.PostAsync($"/api/generations/{clip.Id}/unpublish", null, Ct);

        var after = await unpublish.OkAsync<GenerationResponse>();
        Assert.Equal((Visibility.Team, (DateTimeOffset?)null, "Green slide"), (after.Visibility, after.PublishedAt, after.Title));
        Assert.DoesNotContain(await GalleryStudio.GalleryAsync(visitor), c => c.Id == clip.Id);
        await (await visitor.GetAsync($"/api/gallery/{clip.Id}", Ct)).ProblemAsync(HttpStatusCode.NotFound);
        await (await visitor.GetAsync(before.VideoUrl, Ct)).ProblemAsync(HttpStatusCode.NotFound);
        await (await visitor.GetAsync(before.PosterUrl, Ct)).ProblemAsync(HttpStatusCode.NotFound);
        await (await visitor.GetAsync(previewPoster, Ct)).ProblemAsync(HttpStatusCode.NotFound);
        await (await visitor.GetAsync($"/api/generations/{clip.Id}", Ct)).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, await GalleryStudio.StatusOfAsync(studio.Client, (await studio.GetAsync(clip.Id)).Clip!.VideoUrl));
    }

    [Fact]
    public async Task A_hidden_recipe_appears_in_no_public_answer()
    {
        const string secret = "a violet triangle spinning slowly";
        var clip = await OneClipAsync(secret);

        var published = await studio.PublishAsync(clip.Id, "Mystery spin", hideRecipe: true);

        Assert.Null(published.Recipe);
        using var visitor = studio.Anonymous();
        using var outsider = (await studio.SignUpAsync("Curious")).Client;
        foreach (var client in new[] { visitor, outsider })
        {
            var gallery = await client.GetStringAsync("/api/gallery?limit=100", Ct);
            var liked = await client.GetStringAsync("/api/gallery?sort=liked&limit=100", Ct);
            var single = await client.GetStringAsync($"/api/gallery/{clip.Id}", Ct);
            var profile = await client.GetStringAsync($"/api/people/{studio.Account.UserId}", Ct);
            using var generation = await client.GetAsync($"/api/generations/{clip.Id}", Ct);
            Assert.All(new[] { gallery, liked, single }, json => Assert.Contains(clip.Id.ToString(), json));
            Assert.Contains("Mystery spin", profile);
            Assert.All(new[] { gallery, liked, single, profile, await generation.Content.ReadAsStringAsync(Ct) }, json => Assert.DoesNotContain(secret, json));
            await generation.ProblemAsync(HttpStatusCode.NotFound);
        }
        Assert.Equal(secret, (await studio.GetAsync(clip.Id)).Prompt);
    }

    [Fact]
    public async Task A_profile_lists_only_the_persons_published_clips_newest_first()
    {
        var clips = await studio.FinishedClipsAsync("a red cross falling", "a blue circle falling", "a white square falling");
        await studio.PublishAsync(clips[0].Id, "First fall");
        await studio.PublishAsync(clips[1].Id, "Second fall");
        using var visitor = studio.Anonymous();

        var profile = (await visitor.GetFromJsonAsync<PersonResponse>($"/api/people/{studio.Account.UserId}", GalleryStudio.Json, Ct))!;

        Assert.Equal(studio.Account.DisplayName, profile.DisplayName);
        var ids = profile.Clips.Select(c => c.Id).ToList();
        Assert.Contains(clips[0].Id, ids);
        Assert.True(ids.IndexOf(clips[1].Id) is var second && second >= 0 && second < ids.IndexOf(clips[0].Id), "the later publish comes first");
        Assert.DoesNotContain(clips[2].Id, ids);
        var gallery = (await GalleryStudio.GalleryAsync(visitor)).Where(c => c.AuthorId == studio.Account.UserId).Select(c => c.Id);
        Assert.Equal(gallery, ids);
        var paged = (await visitor.GetFromJsonAsync<PersonResponse>($"/api/people/{studio.Account.UserId}?limit=1", GalleryStudio.Json, Ct))!;
        Assert.Equal(ids[0], Assert.Single(paged.Clips).Id);
        Assert.NotNull(paged.NextCursor);
        var secondPage = (await visitor.GetFromJsonAsync<PersonResponse>(
            $"/api/people/{studio.Account.UserId}?limit=1&cursor={Uri.EscapeDataString(paged.NextCursor)}", GalleryStudio.Json, Ct))!;
        Assert.Equal(ids[1], Assert.Single(secondPage.Clips).Id);
    }

    [Fact]
    public async Task An_unknown_or_closed_account_has_no_profile()
    {
        var leaving = await studio.SignUpAsync("Leaving");
        using var visitor = studio.Anonymous();
        Assert.Equal(HttpStatusCode.OK, await GalleryStudio.StatusOfAsync(visitor, $"/api/people/{leaving.Id}"));
        using (var closed = await leaving.Client.DeleteAsync("/api/me", Ct))
            Assert.Equal(HttpStatusCode.NoContent, closed.StatusCode);

        await (await visitor.GetAsync($"/api/people/{leaving.Id}", Ct)).ProblemAsync(HttpStatusCode.NotFound);
        await (await visitor.GetAsync($"/api/people/{Guid.NewGuid()}", Ct)).ProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<GenerationResponse> OneClipAsync(string prompt) => (await studio.FinishedClipsAsync(prompt))[0];
}
