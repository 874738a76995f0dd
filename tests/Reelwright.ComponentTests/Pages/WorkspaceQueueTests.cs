using Bunit;
using Reelwright.Web.Studio;
using Xunit;
using WorkspacePage = Reelwright.Web.Components.Pages.Workspace;

namespace Reelwright.ComponentTests.Pages;

/// <summary>The workspace tells the user where each of their queued jobs stands in line and how long it may wait.</summary>
public sealed class WorkspaceQueueTests : StudioTestContext
{
    private readonly GenerationView _selected = Sample.Queued("a yellow square spinning");
    private readonly GenerationView _other = Sample.Queued("a slow blue ring");

    [Fact]
    public void A_queued_jobs_progress_line_shows_its_place_and_estimated_wait()
    {
        Api.FirstPage = new GenerationPageView([_other], null);
        Api.MyQueue = new QueueView(false, [], [Sample.Waiting(_other, position: 3, positionForModel: 2, etaSeconds: 40)]);

        var cut = Render<WorkspacePage>();

        Assert.Equal("Queued · 3rd in line · about 40 s", cut.Find($".jobs [data-generation-id='{_other.Id}'] .job-status").TextContent);
    }

    [Fact]
    public void A_submitted_job_shows_its_place_in_the_player()
    {
        Api.Answer = _ => Task.FromResult(SubmitResult.Accepted(_selected));
        Api.MyQueue = new QueueView(false, [], [Sample.Waiting(_selected, position: 1, positionForModel: 1, etaSeconds: null)]);
        var cut = Render<WorkspacePage>();

        cut.Find("#prompt").Input(_selected.Prompt);
        cut.Find("#generate").Click();

        Assert.Equal("Queued · 1st in line · no worker for this model yet", cut.Find(".player .job-status").TextContent);
    }

    [Fact]
    public void A_held_job_reads_on_hold()
    {
        Api.FirstPage = new GenerationPageView([_other], null);
        Api.MyQueue = new QueueView(true, [], [Sample.Waiting(_other, 2, 2, etaSeconds: null, held: true)]);

        var cut = Render<WorkspacePage>();

        Assert.Equal("Queued · 2nd in line · on hold", cut.Find(".jobs .job-status").TextContent);
    }

    [Fact]
    public async Task Each_generation_update_refreshes_the_place()
    {
        Api.FirstPage = new GenerationPageView([_other], null);
        Api.MyQueue = new QueueView(false, [], [Sample.Waiting(_other, 3, 2, 40)]);
        var cut = Render<WorkspacePage>();
        Api.MyQueue = new QueueView(false, [], [Sample.Waiting(_other, 2, 1, 15)]);

        await Updates.PushAsync(Sample.Queued("a job ahead starting").AtStep(0));

        cut.WaitForAssertion(() => Assert.Equal("Queued · 2nd in line · about 15 s", cut.Find($".jobs [data-generation-id='{_other.Id}'] .job-status").TextContent));
    }

    [Fact]
    public void Without_queued_jobs_the_queue_is_not_asked_for()
    {
        Api.FirstPage = new GenerationPageView([_other.Succeeded()], null);

        Render<WorkspacePage>();

        Assert.Equal(0, Api.MyQueueRequests);
    }

    [Fact]
    public void A_queued_job_the_queue_does_not_list_reads_plain_queued()
    {
        Api.FirstPage = new GenerationPageView([_other], null);

        var cut = Render<WorkspacePage>();

        Assert.Equal("Queued", cut.Find(".jobs .job-status").TextContent);
        Assert.Equal(1, Api.MyQueueRequests);
    }
}
