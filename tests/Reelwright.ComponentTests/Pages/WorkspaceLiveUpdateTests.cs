using Bunit;
using Reelwright.ComponentTests.Fakes;
using Reelwright.Web.Studio;
using Xunit;
using WorkspacePage = Reelwright.Web.Components.Pages.Workspace;

namespace Reelwright.ComponentTests.Pages;

/// <summary>What the workspace shows as the Studio API pushes a generation's progress.</summary>
public sealed class WorkspaceLiveUpdateTests : StudioTestContext
{
    private readonly GenerationView _queued = Sample.Queued("a yellow square spinning", steps: 20);

    [Fact]
    public void A_submitted_generation_is_shown_as_queued()
    {
        var cut = RenderAndSubmit(_queued);

        Assert.Equal("Queued", cut.Find(".player .job-status").TextContent);
        Assert.Equal("0", cut.Find(".player [role=progressbar]").GetAttribute("aria-valuenow"));
    }

    [Fact]
    public async Task A_pushed_update_moves_the_progress_bar()
    {
        var cut = RenderAndSubmit(_queued);

        await Updates.PushAsync(_queued.AtStep(5));

        cut.WaitForAssertion(() => Assert.Equal("Step 5 of 20", cut.Find(".player .job-status").TextContent));
        var bar = cut.Find(".player [role=progressbar]");
        Assert.Equal("5", bar.GetAttribute("aria-valuenow"));
        Assert.Equal("20", bar.GetAttribute("aria-valuemax"));
        Assert.Equal("width: 25%", bar.QuerySelector(".fill")!.GetAttribute("style"));
    }

    [Fact]
    public async Task A_clip_that_succeeds_plays_on_a_muted_loop_from_the_public_media_url()
    {
        var cut = RenderAndSubmit(_queued);

        await Updates.PushAsync(_queued.Succeeded());

        var video = cut.WaitForElement(".player video");
        Assert.Equal($"{FakeStudioApi.PublicBaseUrl}/media/{_queued.Id}/clip.mp4", video.GetAttribute("src"));
        Assert.Equal($"{FakeStudioApi.PublicBaseUrl}/media/{_queued.Id}/poster.png", video.GetAttribute("poster"));
        Assert.True(video.HasAttribute("loop"));
        Assert.True(video.HasAttribute("autoplay"));
        Assert.True(video.HasAttribute("muted"));
        Assert.Empty(cut.FindAll("[role=progressbar]"));
    }

    [Fact]
    public async Task A_generation_that_fails_says_why()
    {
        var cut = RenderAndSubmit(_queued);

        await Updates.PushAsync(_queued.AtStep(3).Failed("The worker ran out of memory."));

        cut.WaitForAssertion(() =>
            Assert.Equal("This generation failed: The worker ran out of memory.", cut.Find(".player [role=alert]").TextContent));
        Assert.Empty(cut.FindAll(".player video"));
    }

    [Fact]
    public async Task A_late_earlier_step_does_not_move_the_bar_backwards()
    {
        var cut = RenderAndSubmit(_queued);

        await Updates.PushAsync(_queued.AtStep(7));
        await Updates.PushAsync(_queued.AtStep(3));

        cut.WaitForAssertion(() => Assert.Equal("7", cut.Find(".player [role=progressbar]").GetAttribute("aria-valuenow")));
        Assert.Equal("Step 7 of 20", cut.Find(".player .job-status").TextContent);
    }

    [Fact]
    public async Task A_late_running_update_does_not_take_away_a_finished_clip()
    {
        var cut = RenderAndSubmit(_queued);

        await Updates.PushAsync(_queued.Succeeded());
        await Updates.PushAsync(_queued.AtStep(19));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find(".player video")));
        Assert.Empty(cut.FindAll("[role=progressbar]"));
    }

    [Fact]
    public async Task Progress_pushed_before_the_submit_answer_arrives_is_kept()
    {
        var answer = new TaskCompletionSource<SubmitResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        Api.Answer = _ => answer.Task;
        var cut = Render<WorkspacePage>();
        cut.Find("#generate").Click();

        await Updates.PushAsync(_queued.AtStep(4));
        answer.SetResult(SubmitResult.Accepted(_queued));

        cut.WaitForAssertion(() => Assert.Equal("Step 4 of 20", cut.Find(".player .job-status").TextContent));
    }

    [Fact]
    public async Task Other_running_generations_are_listed_with_their_own_progress_until_they_finish()
    {
        var other = Sample.Queued("a purple star").AtStep(2);
        Api.FirstPage = new GenerationPageView([other], null);
        var cut = Render<WorkspacePage>();

        await Updates.PushAsync(other.AtStep(10));

        cut.WaitForAssertion(() => Assert.Equal("Step 10 of 20", cut.Find("[aria-label='Running generations'] .job-status").TextContent));
        Assert.Equal("a purple star", cut.Find("[aria-label='Running generations'] .job-prompt").TextContent);

        await Updates.PushAsync(other.Succeeded());

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[aria-label='Running generations']")));
        Assert.NotNull(cut.Find($".history [data-generation-id='{other.Id}'] img"));
    }

    [Fact]
    public async Task A_generation_started_elsewhere_appears_first_in_the_history()
    {
        var earlier = Sample.Queued("an earlier clip").Succeeded();
        Api.FirstPage = new GenerationPageView([earlier], null);
        var cut = Render<WorkspacePage>();
        var elsewhere = Sample.Queued("from another tab");

        await Updates.PushAsync(elsewhere);

        cut.WaitForAssertion(() => Assert.Equal(
            [elsewhere.Id.ToString(), earlier.Id.ToString()],
            cut.FindAll(".history .item").Select(i => i.GetAttribute("data-generation-id"))));
    }

    [Fact]
    public async Task After_a_reconnect_the_history_is_reloaded_so_missed_updates_show()
    {
        var running = Sample.Queued("a purple star").AtStep(2);
        Api.FirstPage = new GenerationPageView([running], null);
        var cut = Render<WorkspacePage>();

        Api.FirstPage = new GenerationPageView([running.Succeeded()], null);
        await Updates.ReconnectAsync();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find($".history [data-generation-id='{running.Id}'] img")));
        Assert.Empty(cut.FindAll("[aria-label='Running generations']"));
    }

    [Fact]
    public async Task Closing_the_workspace_stops_listening_for_updates()
    {
        Render<WorkspacePage>();
        Assert.Equal(1, Updates.Listeners);

        await DisposeComponentsAsync();

        Assert.Equal(0, Updates.Listeners);
    }

    private IRenderedComponent<WorkspacePage> RenderAndSubmit(GenerationView accepted)
    {
        Api.Answer = _ => Task.FromResult(SubmitResult.Accepted(accepted));
        var cut = Render<WorkspacePage>();
        cut.Find("#prompt").Input(accepted.Prompt);
        cut.Find("#generate").Click();
        return cut;
    }
}
