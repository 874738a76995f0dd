using System.Net;
using Reelwright.Api.Generations;
using Reelwright.Data.Generations;
using Reelwright.IntegrationTests.Accounts;
using Reelwright.IntegrationTests.Generations;
using Xunit;

namespace Reelwright.IntegrationTests.Downloads;

/// <summary>An API whose configured ffmpeg does not exist, and one finished clip.</summary>
public sealed class NoFfmpegFixture : StudioFixture, IAsyncLifetime
{
    public GenerationResponse Clip { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string?> ApiSettings =>
        new Dictionary<string, string?> { ["Downloads:FfmpegPath"] = "/nonexistent/ffmpeg" };

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        Clip = await WaitUntilFinishedAsync((await SubmitAsync(new { prompt = "a yellow star blinking", steps = 2 })).Id);
        Assert.Equal(GenerationStatus.Succeeded, Clip.Status);
    }
}

public sealed class When_the_api_host_has_no_ffmpeg(NoFfmpegFixture studio) : IClassFixture<NoFfmpegFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_MP4_download_fails_with_an_explanation_and_the_GIF_still_downloads()
    {
        using var mp4 = await studio.Client.GetAsync($"/api/generations/{studio.Clip.Id}/download?format=mp4", Ct);
        using var gif = await studio.Client.GetAsync($"/api/generations/{studio.Clip.Id}/download?format=gif", Ct);

        var problem = await mp4.ProblemAsync(HttpStatusCode.InternalServerError);
        Assert.Equal("The MP4 could not be prepared.", problem.Title);
        Assert.Equal(HttpStatusCode.OK, gif.StatusCode);
        Assert.Equal("image/gif", gif.Content.Headers.ContentType?.MediaType);
    }
}
