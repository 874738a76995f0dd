using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Azure.Storage.Blobs.Models;
using Reelwright.Data.Generations;
using Xunit;

namespace Reelwright.IntegrationTests.Generations;

public sealed class When_a_prompt_is_submitted(StudioFixture studio) : IClassFixture<StudioFixture>
{
    private const string Prompt = "a large yellow square spinning slowly on a black background";
    private const string ModelSha256 = "8d2252901e830515c1982f67608ee0aaaaddb76221a2ba386a875784f59f934f";

    [Fact]
    public async Task It_becomes_a_two_second_mp4_stored_in_the_blob_store()
    {
        var submitted = await studio.SubmitAsync(new { prompt = Prompt, seed = 7 });
        Assert.Equal(GenerationStatus.Queued, submitted.Status);

        var done = await studio.WaitUntilFinishedAsync(submitted.Id);

        Assert.Equal(GenerationStatus.Succeeded, done.Status);
        var clip = Assert.IsType<Reelwright.Api.Generations.ClipResponse>(done.Clip);
        Assert.Equal(2.0, clip.DurationSeconds);
        Assert.Equal(16, clip.FrameCount);
        Assert.Equal(done.Steps, done.CurrentStep);

        var blobs = new List<string>();
        await foreach (var blob in studio.Resources.Blobs.GetBlobsAsync(BlobTraits.None, BlobStates.None, $"{done.Id}/", TestContext.Current.CancellationToken))
            blobs.Add(blob.Name[(blob.Name.IndexOf('/') + 1)..]);
        Assert.Equal(["clip.json", "clip.mp4", "poster.png", "preview.gif"], blobs.Order());
    }

    [Fact]
    public async Task The_video_streams_through_the_api_with_range_support_and_matches_its_checksum()
    {
        var done = await studio.WaitUntilFinishedAsync((await studio.SubmitAsync(new { prompt = Prompt, seed = 8 })).Id);
        var clip = done.Clip!;

        using var whole = await studio.Client.GetAsync(clip.VideoUrl, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal("video/mp4", whole.Content.Headers.ContentType?.MediaType);
        var bytes = await whole.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(clip.VideoBytes, bytes.Length);
        Assert.Equal(clip.VideoSha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));

        using var range = new HttpRequestMessage(HttpMethod.Get, clip.VideoUrl);
        range.Headers.Range = new RangeHeaderValue(100, 199);
        using var partial = await studio.Client.SendAsync(range, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(bytes[100..200], await partial.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));

        using var poster = await studio.Client.GetAsync(clip.PosterUrl, TestContext.Current.CancellationToken);
        Assert.Equal("image/png", poster.Content.Headers.ContentType?.MediaType);
        using var preview = await studio.Client.GetAsync(clip.PreviewUrl, TestContext.Current.CancellationToken);
        Assert.Equal("image/gif", preview.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_clip_carries_its_full_reproducibility_record()
    {
        var done = await studio.WaitUntilFinishedAsync((await studio.SubmitAsync(new { prompt = Prompt, seed = 9, steps = 4, guidance = 2.5 })).Id);

        Assert.Equal((9L, 4, 2.5, "minisora-shapes"), (done.Seed, done.Steps, done.Guidance, done.ModelId));
        var record = done.Clip!.Reproducibility;
        Assert.Equal(ModelSha256, record.ModelSha256);
        Assert.Equal("CPU", record.ExecutionProvider);
        Assert.Equal("rectified-flow-euler-cfg", record.Sampler);
        Assert.Matches(@"^\d+\.\d+", record.OnnxRuntimeVersion);
        Assert.StartsWith("test-worker-", done.WorkerName);
    }

    [Fact]
    public async Task A_seed_is_drawn_and_recorded_when_none_is_given()
    {
        var first = await studio.SubmitAsync(new { prompt = Prompt, steps = 1 });
        var second = await studio.SubmitAsync(new { prompt = Prompt, steps = 1 });

        Assert.NotEqual(first.Seed, second.Seed);
        Assert.Equal(first.Seed, (await studio.GetAsync(first.Id)).Seed);
    }

    [Fact]
    public async Task The_same_recipe_gives_byte_identical_frames_and_another_seed_does_not()
    {
        var recipe = new { prompt = "a red circle moving left on a blue background", seed = 1234, steps = 6 };
        var first = await studio.WaitUntilFinishedAsync((await studio.SubmitAsync(recipe)).Id);
        var again = await studio.WaitUntilFinishedAsync((await studio.SubmitAsync(recipe)).Id);
        var otherSeed = await studio.WaitUntilFinishedAsync((await studio.SubmitAsync(recipe with { seed = 1235 })).Id);

        Assert.Equal(first.Clip!.FramesSha256, again.Clip!.FramesSha256);
        Assert.Equal(first.Clip.VideoSha256, again.Clip.VideoSha256);
        Assert.NotEqual(first.Clip.FramesSha256, otherSeed.Clip!.FramesSha256);
    }

    [Fact]
    public async Task The_history_lists_it_newest_first_page_by_page()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
            ids.Add((await studio.SubmitAsync(new { prompt = $"a small green dot rising {i}", steps = 1 })).Id);

        var first = await studio.ListAsync(limit: 2);
        var second = await studio.ListAsync(limit: 2, cursor: first.NextCursor);

        Assert.Equal([ids[2], ids[1]], first.Items.Select(g => g.Id));
        Assert.Equal(ids[0], second.Items[0].Id);
        Assert.DoesNotContain(second.Items, g => first.Items.Any(f => f.Id == g.Id));
    }
}
