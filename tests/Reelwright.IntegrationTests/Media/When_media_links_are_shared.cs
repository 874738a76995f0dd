using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Reelwright.Api.Generations;
using Reelwright.Data.Generations;
using Reelwright.IntegrationTests.Accounts;
using Reelwright.IntegrationTests.Generations;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.IntegrationTests.Media;

/// <summary>
/// Three finished clips by the fixture's account, made once for the class: one its team sees, one anyone sees, and
/// one whose visibility a test narrows (no other test relies on its links).
/// </summary>
public sealed class MediaLinksFixture : StudioFixture, IAsyncLifetime
{
    public GenerationResponse TeamClip { get; private set; } = null!;
    public GenerationResponse PublicClip { get; private set; } = null!;
    public GenerationResponse ClipToNarrow { get; private set; } = null!;

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        var submitted = await Task.WhenAll(
            SubmitAsync(new { prompt = "a white circle drifting up", steps = 2, seed = 11 }),
            SubmitAsync(new { prompt = "a red square drifting down", steps = 2, seed = 12, visibility = "Public" }),
            SubmitAsync(new { prompt = "a blue cross drifting left", steps = 2, seed = 13, visibility = "Team" }));
        var finished = await Task.WhenAll(submitted.Select(g => WaitUntilFinishedAsync(g.Id)));
        Assert.All(finished, g => Assert.True(g.Status == GenerationStatus.Succeeded, $"{g.Prompt}: {g.Status} {g.FailureReason}"));
        (TeamClip, PublicClip, ClipToNarrow) = (finished[0], finished[1], finished[2]);
    }
}

public sealed class When_media_links_are_shared(MediaLinksFixture studio) : IClassFixture<MediaLinksFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string PathOf(string url) => url.Split('?')[0];

    private static (string Path, Dictionary<string, string> Query) Parse(string url)
    {
        var parts = url.Split('?', 2);
        var query = QueryHelpers.ParseQuery(parts.Length == 2 ? parts[1] : "").ToDictionary(q => q.Key, q => q.Value.ToString());
        return (parts[0], query);
    }

    private static string WithQuery(string path, IReadOnlyDictionary<string, string> query) =>
        QueryHelpers.AddQueryString(path, query.Select(q => new KeyValuePair<string, string?>(q.Key, q.Value)));

    [Fact]
    public async Task Its_signed_links_load_without_any_token_as_video_poster_and_preview()
    {
        var generation = studio.TeamClip;
        var clip = generation.Clip!;
        Assert.Equal(Visibility.Team, generation.Visibility);
        using var browser = studio.Api.CreateClient();

        foreach (var (url, contentType) in new[] { (clip.VideoUrl, "video/mp4"), (clip.PosterUrl, "image/png"), (clip.PreviewUrl, "image/gif") })
        {
            var (path, query) = Parse(url);
            Assert.StartsWith($"/api/generations/{generation.Id}/media/", path);
            Assert.Equal(["exp", "sig", "v"], query.Keys.Order());

            using var response = await browser.GetAsync(url, Ct);

            Assert.True(HttpStatusCode.OK == response.StatusCode, $"{url} answered {(int)response.StatusCode}");
            Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
            var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
            Assert.NotEmpty(bytes);
            if (contentType == "video/mp4")
                Assert.Equal(clip.VideoSha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
    }

    [Fact]
    public async Task Without_its_signature_a_media_path_is_hidden_from_strangers_but_served_to_the_author()
    {
        var generation = studio.TeamClip;
        var path = PathOf(generation.Clip!.VideoUrl);
        using var browser = studio.Api.CreateClient();
        using var outsider = (await studio.Api.CreateSignedInClientAsync("Outsider")).Client;

        using var anonymous = await browser.GetAsync(path, Ct);
        using var stranger = await outsider.GetAsync(path, Ct);
        using var author = await studio.Client.GetAsync(path, Ct);

        await anonymous.ProblemAsync(HttpStatusCode.NotFound);
        await stranger.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, author.StatusCode);
        Assert.Equal("video/mp4", author.Content.Headers.ContentType?.MediaType);
        Assert.Equal(generation.Clip.VideoBytes, (await author.Content.ReadAsByteArrayAsync(Ct)).LongLength);
    }

    [Fact]
    public async Task A_tampered_link_loads_nothing()
    {
        var clip = studio.TeamClip.Clip!;
        var (videoPath, query) = Parse(clip.VideoUrl);
        var sig = query["sig"];
        var otherSig = new Dictionary<string, string>(query) { ["sig"] = (sig[0] == 'A' ? 'B' : 'A') + sig[1..] };
        var longerLife = new Dictionary<string, string>(query) { ["exp"] = (long.Parse(query["exp"]) + 86_400).ToString() };
        var otherVersion = new Dictionary<string, string>(query) { ["v"] = (int.Parse(query["v"]) + 1).ToString() };
        var posterSignature = WithQuery(videoPath, Parse(clip.PosterUrl).Query);
        using var browser = studio.Api.CreateClient();

        foreach (var tampered in new[] { WithQuery(videoPath, otherSig), WithQuery(videoPath, longerLife), WithQuery(videoPath, otherVersion), posterSignature })
        {
            using var response = await browser.GetAsync(tampered, Ct);
            Assert.True(HttpStatusCode.NotFound == response.StatusCode, $"{tampered} answered {(int)response.StatusCode}");
        }
        using var genuine = await browser.GetAsync(clip.VideoUrl, Ct);
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
    }

    [Fact]
    public async Task Making_it_private_voids_the_links_handed_out_before_but_fresh_ones_work()
    {
        var before = studio.ClipToNarrow;
        using var browser = studio.Api.CreateClient();
        using (var stillValid = await browser.GetAsync(before.Clip!.VideoUrl, Ct))
            Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);

        using var narrow = await studio.Client.PutAsJsonAsync($"/api/generations/{before.Id}/visibility", new { visibility = "Private" }, Ct);

        Assert.Equal(Visibility.Private, (await narrow.OkAsync<GenerationResponse>()).Visibility);
        using var oldVideo = await browser.GetAsync(before.Clip.VideoUrl, Ct);
        using var oldPoster = await browser.GetAsync(before.Clip.PosterUrl, Ct);
        await oldVideo.ProblemAsync(HttpStatusCode.NotFound);
        await oldPoster.ProblemAsync(HttpStatusCode.NotFound);

        var fresh = await studio.GetAsync(before.Id);
        Assert.NotEqual(before.Clip.VideoUrl, fresh.Clip!.VideoUrl);
        using var freshVideo = await browser.GetAsync(fresh.Clip.VideoUrl, Ct);
        Assert.Equal(HttpStatusCode.OK, freshVideo.StatusCode);
        Assert.Equal("video/mp4", freshVideo.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_public_generation_is_readable_by_an_outsider_and_a_team_one_is_not()
    {
        using var outsider = (await studio.Api.CreateSignedInClientAsync("Passer By")).Client;
        using var browser = studio.Api.CreateClient();

        using var publicOne = await outsider.GetAsync($"/api/generations/{studio.PublicClip.Id}", Ct);
        using var publicAnonymously = await browser.GetAsync($"/api/generations/{studio.PublicClip.Id}", Ct);
        using var teamOne = await outsider.GetAsync($"/api/generations/{studio.TeamClip.Id}", Ct);

        var seen = await publicOne.OkAsync<GenerationResponse>();
        Assert.Equal(studio.PublicClip.Prompt, seen.Prompt);
        Assert.Equal(Visibility.Public, seen.Visibility);
        Assert.Equal(HttpStatusCode.OK, publicAnonymously.StatusCode);
        using var media = await outsider.GetAsync(seen.Clip!.PosterUrl, Ct);
        Assert.Equal(HttpStatusCode.OK, media.StatusCode);
        var hidden = await teamOne.ProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(studio.TeamClip.Prompt, await teamOne.Content.ReadAsStringAsync(Ct));
        Assert.NotNull(hidden.Title);
    }
}
