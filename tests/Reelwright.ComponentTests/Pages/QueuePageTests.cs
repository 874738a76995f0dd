using System.Net;
using Bunit;
using Reelwright.Web.Studio;
using Xunit;
using QueuePage = Reelwright.Web.Components.Pages.Queue;

namespace Reelwright.ComponentTests.Pages;

/// <summary>The queue page: where the user's jobs stand and how long they may wait; for administrators the whole queue and its controls.</summary>
public sealed class QueuePageTests : StudioTestContext
{
    private static readonly UserView Grace = new(Guid.Parse("0199a000-0000-7000-8000-000000000002"), "grace@example.test", "Grace Hopper");

    private readonly GenerationView _circle = Sample.Queued("a red circle drifting left");
    private readonly GenerationView _square = Sample.Queued("a teal square spinning");
    private readonly GenerationView _ring = Sample.Queued("a slow blue ring");

    [Fact]
    public void My_waiting_jobs_show_their_place_in_line_and_for_their_model_and_the_estimated_wait()
    {
        Api.MyQueue = new QueueView(false, [], [
            Sample.Waiting(_circle, position: 3, positionForModel: 2, etaSeconds: 40),
            Sample.Waiting(_square, position: 5, positionForModel: 3, etaSeconds: 185),
            Sample.Waiting(_ring, position: 11, positionForModel: 1, etaSeconds: null) with { ModelId = "tiny-sd" },
        ]);

        var cut = Render<QueuePage>();

        var rows = cut.FindAll("#my-queue tr[data-generation-id]");
        Assert.Equal([_circle.Id, _square.Id, _ring.Id], rows.Select(r => Guid.Parse(r.GetAttribute("data-generation-id")!)));
        Assert.Contains("3rd in line", rows[0].QuerySelector(".place")!.TextContent);
        Assert.Equal("2nd for minisora-shapes", rows[0].QuerySelector(".model-place")!.TextContent);
        Assert.Equal("about 40 s", rows[0].QuerySelector(".eta")!.TextContent.Trim());
        Assert.Equal("about 3 min", rows[1].QuerySelector(".eta")!.TextContent.Trim());
        Assert.Contains("11th in line", rows[2].QuerySelector(".place")!.TextContent);
        Assert.Equal("1st for tiny-sd", rows[2].QuerySelector(".model-place")!.TextContent);
        Assert.Equal("no worker for this model yet", rows[2].QuerySelector(".eta")!.TextContent.Trim());
        Assert.Contains("a teal square spinning", rows[1].TextContent);
    }

    [Fact]
    public void A_held_job_says_an_administrator_paused_it_and_the_paused_queue_is_announced()
    {
        Api.MyQueue = new QueueView(true, [], [Sample.Waiting(_circle, 1, 1, etaSeconds: null, held: true)]);

        var cut = Render<QueuePage>();

        var row = cut.Find($"#my-queue tr[data-generation-id='{_circle.Id}']");
        Assert.Contains("held", row.ClassList);
        Assert.Equal("Paused by an administrator", row.QuerySelector(".held-marker")!.TextContent);
        Assert.Contains("paused", cut.Find("#queue-paused").TextContent);
    }

    [Fact]
    public void With_nothing_waiting_the_page_says_so_and_shows_no_banner()
    {
        var cut = Render<QueuePage>();

        Assert.Contains("Nothing of yours is waiting", cut.Find("#my-queue .empty").TextContent);
        Assert.Empty(cut.FindAll("#queue-paused"));
    }

    [Fact]
    public void Canceling_a_waiting_job_asks_the_api_and_reloads_the_line()
    {
        Api.MyQueue = new QueueView(false, [], [Sample.Waiting(_circle, 1, 1, 10)]);
        Api.CancelAnswer = id => _circle with { Status = GenerationStatus.Canceled };
        var cut = Render<QueuePage>();
        Api.MyQueue = QueueView.Empty;

        cut.Find($"#my-queue tr[data-generation-id='{_circle.Id}'] .cancel-job").Click();

        Assert.Equal([_circle.Id], Api.Cancellations);
        Assert.Empty(cut.FindAll("#my-queue tr[data-generation-id]"));
    }

    [Fact]
    public void Someone_who_is_not_an_administrator_sees_only_their_own_jobs()
    {
        Api.MyQueue = new QueueView(false, [], [Sample.Waiting(_circle, 2, 1, 10)]);

        var cut = Render<QueuePage>();

        Assert.Empty(cut.FindAll("#all-queue"));
        Assert.Empty(cut.FindAll("#pause-queue"));
        Assert.Equal(0, Api.WholeQueueRequests);
        Assert.Empty(cut.FindAll(".move-to-front"));
    }

    [Fact]
    public void An_administrator_sees_every_waiting_job_with_its_author_model_priority_and_wait()
    {
        SignInAsAdmin();
        Api.WholeQueue = new QueueView(false, [], [
            Sample.Waiting(_square, 1, 1, etaSeconds: 20, author: Grace),
            Sample.Waiting(_circle, 2, 2, etaSeconds: 40) with { Priority = "Batch" },
        ]);

        var cut = Render<QueuePage>();

        var rows = cut.FindAll("#all-queue tr[data-generation-id]");
        Assert.Equal([_square.Id, _circle.Id], rows.Select(r => Guid.Parse(r.GetAttribute("data-generation-id")!)));
        Assert.Equal("Grace Hopper", rows[0].QuerySelector(".author")!.TextContent);
        Assert.Equal("a teal square spinning", rows[0].QuerySelector(".prompt")!.TextContent);
        Assert.Contains("minisora-shapes", rows[0].QuerySelector(".model")!.TextContent);
        Assert.Equal("Interactive", rows[0].QuerySelector(".priority")!.TextContent);
        Assert.Equal("Batch", rows[1].QuerySelector(".priority")!.TextContent);
        Assert.Equal("about 20 s", rows[0].QuerySelector(".eta")!.TextContent);
        Assert.Equal("Pause Grace Hopper", rows[0].QuerySelector(".pause-user")!.TextContent);
        Assert.NotNull(rows[0].QuerySelector(".move-to-front"));
        Assert.NotNull(rows[0].QuerySelector(".cancel-job"));
        Assert.NotNull(cut.Find("#pause-queue"));
    }

    [Fact]
    public void Pausing_and_resuming_the_whole_queue_asks_the_api_and_shows_the_banner_while_paused()
    {
        SignInAsAdmin();
        var cut = Render<QueuePage>();

        cut.Find("#pause-queue").Click();

        Assert.Equal([null], Api.Pauses);
        Assert.NotNull(cut.Find("#queue-paused"));
        Assert.Empty(cut.FindAll("#pause-queue"));

        cut.Find("#resume-queue").Click();

        Assert.Equal([null], Api.Resumes);
        Assert.Empty(cut.FindAll("#queue-paused"));
        Assert.NotNull(cut.Find("#pause-queue"));
    }

    [Fact]
    public void Pausing_and_resuming_a_person_asks_the_api_for_their_jobs_and_the_row_offers_the_opposite()
    {
        SignInAsAdmin();
        Api.WholeQueue = new QueueView(false, [], [Sample.Waiting(_square, 1, 1, 20, author: Grace)]);
        var cut = Render<QueuePage>();

        cut.Find($"#all-queue tr[data-generation-id='{_square.Id}'] .pause-user").Click();

        Assert.Equal([Grace.Id], Api.Pauses);
        var row = cut.Find($"#all-queue tr[data-generation-id='{_square.Id}']");
        Assert.Equal("Resume Grace Hopper", row.QuerySelector(".resume-user")!.TextContent);
        Assert.Null(row.QuerySelector(".pause-user"));

        row.QuerySelector(".resume-user")!.Click();

        Assert.Equal([Grace.Id], Api.Resumes);
        Assert.NotNull(cut.Find($"#all-queue tr[data-generation-id='{_square.Id}'] .pause-user"));
    }

    [Fact]
    public void Moving_a_job_to_the_front_asks_the_api_and_shows_the_new_order()
    {
        SignInAsAdmin();
        Api.WholeQueue = new QueueView(false, [], [Sample.Waiting(_square, 1, 1, 20, author: Grace), Sample.Waiting(_circle, 2, 2, 40)]);
        var cut = Render<QueuePage>();

        cut.Find($"#all-queue tr[data-generation-id='{_circle.Id}'] .move-to-front").Click();

        Assert.Equal([_circle.Id], Api.MovedToFront);
        Assert.Equal([_circle.Id, _square.Id], cut.FindAll("#all-queue tr[data-generation-id]").Select(r => Guid.Parse(r.GetAttribute("data-generation-id")!)));
    }

    [Fact]
    public void A_job_that_started_before_it_could_be_moved_says_so()
    {
        SignInAsAdmin();
        Api.WholeQueue = new QueueView(false, [], [Sample.Waiting(_circle, 1, 1, 5)]);
        Api.Refusals[nameof(IStudioApi.MoveToFrontAsync)] = new StudioProblemException(HttpStatusCode.Conflict,
            new Dictionary<string, string[]> { [""] = ["Only jobs still waiting in the queue can be moved."] });
        var cut = Render<QueuePage>();
        Api.WholeQueue = QueueView.Empty;

        cut.Find($"#all-queue tr[data-generation-id='{_circle.Id}'] .move-to-front").Click();

        Assert.Equal("Only jobs still waiting in the queue can be moved.", cut.Find("#all-queue .field-error").TextContent);
        Assert.Empty(cut.FindAll("#all-queue tr[data-generation-id]"));
    }

    [Fact]
    public void An_administrator_can_cancel_anyones_job()
    {
        SignInAsAdmin();
        Api.WholeQueue = new QueueView(false, [], [Sample.Waiting(_square, 1, 1, 20, author: Grace)]);
        Api.CancelAnswer = id => _square with { Status = GenerationStatus.Canceled };
        var cut = Render<QueuePage>();

        cut.Find($"#all-queue tr[data-generation-id='{_square.Id}'] .cancel-job").Click();

        Assert.Equal([_square.Id], Api.Cancellations);
    }

    [Fact]
    public async Task A_job_starting_elsewhere_refreshes_the_line_but_a_running_jobs_next_step_does_not()
    {
        Api.MyQueue = new QueueView(false, [], [Sample.Waiting(_circle, 2, 2, 40)]);
        var cut = Render<QueuePage>();
        Api.MyQueue = new QueueView(false, [], [Sample.Waiting(_circle, 1, 1, 10)]);
        var before = Api.MyQueueRequests;

        await Updates.PushAsync(_ring.AtStep(4));
        Assert.Equal(before, Api.MyQueueRequests);

        await Updates.PushAsync(_square.AtStep(0));

        cut.WaitForAssertion(() => Assert.Contains("1st in line", cut.Find($"#my-queue tr[data-generation-id='{_circle.Id}'] .place").TextContent));
    }

    [Fact]
    public void When_the_api_is_unreachable_the_page_says_so()
    {
        Api.Unreachable = new HttpRequestException("Connection refused");

        var cut = Render<QueuePage>();

        Assert.Equal("The Studio API is not reachable (Connection refused). Is it running?", cut.Find(".load-error").TextContent.Trim());
    }

    [Fact]
    public async Task Closing_the_page_stops_listening_for_updates()
    {
        Render<QueuePage>();
        Assert.Equal(1, Updates.Listeners);

        await DisposeComponentsAsync();

        Assert.Equal(0, Updates.Listeners);
    }

    private void SignInAsAdmin() => Api.Me = Api.Me with { User = Sample.Admin };
}
