using Reelwright.IntegrationTests.Generations;
using Xunit;

namespace Reelwright.IntegrationTests.Workers;

public sealed class When_a_worker_reports(StudioFixture studio) : IClassFixture<StudioFixture>
{
    [Fact]
    public async Task The_studio_lists_it_online_with_its_provider_its_reasons_and_its_models()
    {
        var worker = await studio.WaitForWorkerReportAsync();

        Assert.True(worker.Online);
        Assert.Equal("CPU", worker.ExecutionProvider);
        Assert.StartsWith("using CPU; asked for", worker.ExecutionProviderDetails);
        Assert.Equal(1, worker.ConcurrentJobs);
        var model = Assert.Single(worker.Models);
        Assert.Equal(("minisora-shapes", true, (string?)null), (model.ModelId, model.Available, model.Reason));
        Assert.Empty(worker.RunningGenerations);
    }

    [Fact]
    public async Task Its_reports_show_the_clips_it_produced()
    {
        await studio.WaitUntilFinishedAsync((await studio.SubmitAsync(new { prompt = "a red dot", steps = 1 })).Id);

        // The next report (every 10 s by default; 1 s in this fixture) counts the clip.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        var worker = await studio.WaitForWorkerReportAsync();
        while (worker.ClipsPerMinute == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            worker = await studio.WaitForWorkerReportAsync();
        }
        Assert.True(worker.ClipsPerMinute > 0, "no clip was counted");
    }
}
