using Reelwright.Data.Generations;
using Xunit;

namespace Reelwright.IntegrationTests.Generations;

/// <summary>A worker whose encoder is missing: the job must end Failed with a reason a person can act on, never stuck Running.</summary>
public sealed class When_a_generation_fails(When_a_generation_fails.BrokenEncoderStudio studio) : IClassFixture<When_a_generation_fails.BrokenEncoderStudio>
{
    [Fact]
    public async Task It_ends_failed_with_a_readable_reason()
    {
        var submitted = await studio.SubmitAsync(new { prompt = "a black box sliding", steps = 2 });

        var done = await studio.WaitUntilFinishedAsync(submitted.Id);

        Assert.Equal(GenerationStatus.Failed, done.Status);
        Assert.Contains("ffmpeg", done.FailureReason, StringComparison.OrdinalIgnoreCase);
        Assert.Null(done.Clip);
        Assert.NotNull(done.CompletedAt);
    }

    public sealed class BrokenEncoderStudio : StudioFixture
    {
        protected override IReadOnlyDictionary<string, string?> WorkerSettings =>
            new Dictionary<string, string?> { ["ClipEncoder:FfmpegPath"] = "/nonexistent/ffmpeg" };
    }
}
