using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Reelwright.Api.Generations;
using Reelwright.Data.Generations;
using Reelwright.IntegrationTests.Accounts;
using Reelwright.IntegrationTests.Generations;
using Reelwright.IntegrationTests.Media;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.IntegrationTests.Downloads;

public sealed class When_a_clip_is_downloaded(DownloadsFixture studio) : IClassFixture<DownloadsFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string DownloadUrl(Guid id, string? format = "mp4") =>
        format is null ? $"/api/generations/{id}/download" : $"/api/generations/{id}/download?format={format}";

    [Fact]
    public async Task The_MP4_is_named_for_the_clip_carries_its_prompt_and_recipe_and_plays_the_same_frames()
    {
        var generation = studio.TeamClip;
        var clip = generation.Clip!;

        using var response = await studio.Client.GetAsync(DownloadUrl(generation.Id), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("video/mp4", response.Content.Headers.ContentType?.MediaType);
        AssertAttachment(response, $"reelwright-{generation.Id}.mp4");
        var download = await response.Content.ReadAsByteArrayAsync(Ct);

        var tags = await DownloadProbe.FormatTagsAsync(download);
        Assert.Equal(generation.Prompt, tags["title"]);
        using var recipe = JsonDocument.Parse(tags["comment"]);
        var comment = recipe.RootElement;
        Assert.Equal(generation.Prompt, comment.GetProperty("prompt").GetString());
        Assert.Equal("blur", comment.GetProperty("negativePrompt").GetString());
        Assert.Equal(4242, comment.GetProperty("seed").GetInt64());
        Assert.Equal(2, comment.GetProperty("steps").GetInt32());
        Assert.Equal(generation.ModelId, comment.GetProperty("modelId").GetString());
        Assert.Equal(generation.Guidance, comment.GetProperty("guidance").GetDouble());
        Assert.Equal(clip.Reproducibility.ModelSha256, comment.GetProperty("modelSha256").GetString());
        Assert.Equal(clip.Reproducibility.ExecutionProvider, comment.GetProperty("executionProvider").GetString());
        Assert.Equal("Reelwright", comment.GetProperty("source").GetString());
        Assert.False(comment.TryGetProperty("endPrompt", out _), "a recipe setting that was never set is left out");

        var stream = await MediaProbe.StreamAsync(download, ".mp4");
        Assert.Equal(clip.FrameCount, int.Parse(stream.GetProperty("nb_read_frames").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(clip.DurationSeconds, double.Parse(stream.GetProperty("duration").GetString()!, CultureInfo.InvariantCulture), 0.05);
        var stored = await studio.Client.GetByteArrayAsync(clip.VideoUrl, Ct);
        var middle = clip.FrameCount / 2;
        Assert.Equal(await MediaProbe.DecodeFrameAsync(stored, ".mp4", middle), await MediaProbe.DecodeFrameAsync(download, ".mp4", middle));
    }

    [Fact]
    public async Task Without_a_format_the_MP4_is_downloaded_and_no_temporary_file_stays_behind()
    {
        var before = TemporaryDownloads();

        using var response = await studio.Client.GetAsync(DownloadUrl(studio.TeamClip.Id, format: null), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertAttachment(response, $"reelwright-{studio.TeamClip.Id}.mp4");
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync(Ct));
        // The server closes the file just after the last byte is sent.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (TemporaryDownloads().Except(before).Any() && DateTime.UtcNow < deadline)
            await Task.Delay(50, Ct);
        Assert.Empty(TemporaryDownloads().Except(before));
    }

    [Fact]
    public async Task The_GIF_is_the_stored_preview_byte_for_byte()
    {
        var generation = studio.TeamClip;

        using var response = await studio.Client.GetAsync(DownloadUrl(generation.Id, "gif"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/gif", response.Content.Headers.ContentType?.MediaType);
        AssertAttachment(response, $"reelwright-{generation.Id}.gif");
        var preview = await studio.Client.GetByteArrayAsync(generation.Clip!.PreviewUrl, Ct);
        Assert.Equal(preview, await response.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task A_clip_published_with_its_recipe_hidden_keeps_it_hidden_from_strangers_but_not_from_its_team()
    {
        var generation = studio.HiddenRecipeClip;
        using var anonymous = studio.Api.CreateClient();

        using var strangers = await anonymous.GetAsync(DownloadUrl(generation.Id), Ct);
        using var team = await studio.Client.GetAsync(DownloadUrl(generation.Id), Ct);

        Assert.Equal(HttpStatusCode.OK, strangers.StatusCode);
        var strangerTags = await DownloadProbe.FormatTagsAsync(await strangers.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(DownloadsFixture.PublishedTitle, strangerTags["title"]);
        Assert.Equal("recipe hidden", strangerTags["comment"]);
        Assert.DoesNotContain(strangerTags.Values, value => value.Contains("orange moon", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, team.StatusCode);
        var teamTags = await DownloadProbe.FormatTagsAsync(await team.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(DownloadsFixture.PublishedTitle, teamTags["title"]);
        Assert.Contains("\"seed\":77", teamTags["comment"]);
        Assert.Contains(generation.Prompt, teamTags["comment"]);
    }

    [Fact]
    public async Task A_clip_still_being_made_cannot_be_downloaded_yet()
    {
        var slow = await studio.SubmitAsync(new { prompt = "a grey wave rolling slowly", steps = 100 });
        try
        {
            using var response = await studio.Client.GetAsync(DownloadUrl(slow.Id), Ct);

            var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
            Assert.Contains("finished", problem.Title);
        }
        finally
        {
            using var cancel = await studio.Client.PostAsync($"/api/generations/{slow.Id}/cancel", null, Ct);
        }
        Assert.Equal(GenerationStatus.Canceled, (await studio.GetAsync(slow.Id)).Status);
        using var canceled = await studio.Client.GetAsync(DownloadUrl(slow.Id, "gif"), Ct);
        await canceled.ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Someone_who_cannot_see_the_clip_is_told_it_does_not_exist()
    {
        using var outsider = (await studio.Api.CreateSignedInClientAsync("Outsider")).Client;
        using var anonymous = studio.Api.CreateClient();

        using var stranger = await outsider.GetAsync(DownloadUrl(studio.TeamClip.Id), Ct);
        using var nobody = await anonymous.GetAsync(DownloadUrl(studio.TeamClip.Id, "gif"), Ct);
        using var unknown = await studio.Client.GetAsync(DownloadUrl(Guid.NewGuid()), Ct);

        await stranger.ProblemAsync(HttpStatusCode.NotFound);
        await nobody.ProblemAsync(HttpStatusCode.NotFound);
        await unknown.ProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(studio.TeamClip.Prompt, await stranger.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_browser_link_carrying_the_clips_signed_video_url_downloads_without_a_token()
    {
        using var anonymous = studio.Api.CreateClient();
        var signature = studio.TeamClip.Clip!.VideoUrl.Split('?')[1];

        using var signed = await anonymous.GetAsync($"{DownloadUrl(studio.TeamClip.Id, "gif")}&{signature}", Ct);
        using var forged = await anonymous.GetAsync($"{DownloadUrl(studio.TeamClip.Id, "gif")}&{signature.Replace("sig=", "sig=x")}", Ct);

        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        AssertAttachment(signed, $"reelwright-{studio.TeamClip.Id}.gif");
        await forged.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_format_is_refused_naming_the_field()
    {
        using var response = await studio.Client.GetAsync(DownloadUrl(studio.TeamClip.Id, "webm"), Ct);

        await response.ValidationProblemAsync("format");
    }

    private static void AssertAttachment(HttpResponseMessage response, string fileName)
    {
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.Equal(fileName, disposition?.FileNameStar ?? disposition?.FileName?.Trim('"'));
    }

    private static HashSet<string> TemporaryDownloads() =>
        [.. Directory.EnumerateFiles(Path.GetTempPath(), "reelwright-download-*")];
}
