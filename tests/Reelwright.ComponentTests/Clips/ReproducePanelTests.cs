using Bunit;
using Reelwright.Web.Components.Clips;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Clips;

public sealed class ReproducePanelTests : StudioTestContext
{
    private readonly GenerationView _clip = Sample.Queued("a red circle drifting left").Succeeded();

    public ReproducePanelTests() => Api.Generations[_clip.Id] = _clip;

    [Fact]
    public void Open_in_workspace_restores_this_clip()
    {
        var cut = Render<ReproducePanel>(p => p.Add(c => c.Generation, _clip).Add(c => c.CanRerun, false));

        Assert.Equal($"./?open={_clip.Id}", cut.Find("#open-in-workspace").GetAttribute("href"));
        Assert.Empty(cut.FindAll("#rerun"));
    }

    [Fact]
    public async Task A_rerun_shows_its_progress_then_whether_the_frames_matched()
    {
        var cut = Render<ReproducePanel>(p => p.Add(c => c.Generation, _clip).Add(c => c.CanRerun, true));

        await cut.Find("#rerun").ClickAsync(new());
        var rerun = Assert.Single(Api.Generations.Values, g => g.RerunOfId == _clip.Id);
        Assert.Contains("queued", cut.Find("#rerun-status").TextContent);
        Assert.True(cut.Find("#rerun").HasAttribute("disabled"));

        Api.Verifications[rerun.Id] = new VerificationView(rerun.Id, _clip.Id, VerificationOutcome.Matches, "ab", "ab", "CPU", "CPU",
            "Reproduced exactly: every frame matches the original (same frame hash on CPU).");
        await Updates.PushAsync(rerun.Succeeded());

        cut.WaitForAssertion(() => Assert.Contains("Reproduced exactly", cut.Find("#verification").TextContent));
        Assert.Equal("Matches", cut.Find(".reproduce").GetAttribute("data-outcome"));
        Assert.Empty(cut.FindAll("#rerun-status"));
    }

    [Fact]
    public async Task Frames_that_differ_on_the_same_provider_are_said_plainly()
    {
        var rerun = _clip with { Id = Guid.NewGuid(), RerunOfId = _clip.Id };
        Api.Verifications[rerun.Id] = new VerificationView(rerun.Id, _clip.Id, VerificationOutcome.Differs, "ab", "cd", "CPU", "CPU",
            "The frames differ from the original although both ran on CPU.");

        var cut = Render<ReproducePanel>(p => p.Add(c => c.Generation, rerun));

        await cut.InvokeAsync(() => { });
        Assert.Contains("frames differ", cut.Find("#verification.differs").TextContent);
    }

    [Fact]
    public async Task Updates_about_other_clips_change_nothing()
    {
        var cut = Render<ReproducePanel>(p => p.Add(c => c.Generation, _clip).Add(c => c.CanRerun, true));
        await cut.Find("#rerun").ClickAsync(new());

        await Updates.PushAsync(Sample.Queued("something else").Succeeded());

        Assert.Contains("queued", cut.Find("#rerun-status").TextContent);
        Assert.Empty(cut.FindAll("#verification"));
    }
}
