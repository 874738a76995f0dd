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
    }
}
