using Bunit;
using Reelwright.Web.Studio;
using Xunit;
using WorkersPage = Reelwright.Web.Components.Pages.Workers;

namespace Reelwright.ComponentTests.Pages;

/// <summary>The Workers page: who is making clips, on what, and which models they can or cannot run.</summary>
public sealed class WorkersPageTests : StudioTestContext
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_worker_shows_its_state_provider_with_the_reason_and_models()
    {
        Api.Workers.Add(new WorkerView("gpu-box/42", "gpu-box", Online: true, "CPU",
            "using CPU; asked for CUDA, CPU; skipped: CUDA (Failed to load shared library)", 1,
            [new("minisora-shapes", true, null), new("sd-turbo", false, "Model 'sd-turbo' could not be loaded on this worker: sha256 mismatch")],
            [Guid.Parse("01a21329-9fe3-761a-8700-2c24fdd2523d")], 21.5, Noon, Noon.AddMinutes(5)));
        Api.Workers.Add(new WorkerView("old/7", "old", Online: false, "CPU", "using CPU", 2, [new("minisora-shapes", true, null)], [], 0, Noon, Noon));

        var cut = Render<WorkersPage>();

        var gpuBox = cut.Find("tr[data-worker='gpu-box/42']");
        Assert.Contains("online", gpuBox.QuerySelector(".online")!.TextContent);
        Assert.Contains("skipped: CUDA (Failed to load shared library)", gpuBox.TextContent);
        Assert.Contains("✓", gpuBox.QuerySelector("[data-model='minisora-shapes']")!.TextContent);
        Assert.Contains("sha256 mismatch", gpuBox.QuerySelector("[data-model='sd-turbo'].unavailable")!.TextContent);
        Assert.Contains("offline", cut.Find("tr[data-worker='old/7'] .offline").TextContent);
        Assert.Contains("2 at a time", cut.Find("tr[data-worker='old/7']").TextContent);
        Assert.Equal("01a21329", gpuBox.QuerySelector(".current")!.TextContent);
        Assert.Equal("21.5", gpuBox.QuerySelector(".throughput")!.TextContent);
        Assert.Equal("idle", cut.Find("tr[data-worker='old/7'] .current").TextContent);
    }

    [Fact]
    public void With_no_worker_yet_the_page_says_jobs_will_wait()
    {
        var cut = Render<WorkersPage>();

        Assert.Contains("No worker has reported yet", cut.Find(".empty").TextContent);
        Assert.Empty(cut.FindAll("table"));
    }

    [Fact]
    public void When_the_api_is_unreachable_the_page_says_so()
    {
        Api.Unreachable = new HttpRequestException("Connection refused");

        var cut = Render<WorkersPage>();

        Assert.Equal("The Studio API is not reachable (Connection refused). Is it running?", cut.Find("[role=alert]").TextContent);
    }
}
