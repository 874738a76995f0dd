using Bunit;
using Reelwright.Web.Studio;
using Xunit;
using WorkspacePage = Reelwright.Web.Components.Pages.Workspace;

namespace Reelwright.ComponentTests.Pages;

/// <summary>Canceling from the workspace: the button on a running job, and what the page shows afterwards.</summary>
public sealed class WorkspaceCancelTests : StudioTestContext
{
    private readonly GenerationView _running = Sample.Queued("a slow blue ring", steps: 100).AtStep(12);

    [Fact]
    public void Canceling_a_running_job_asks_the_api_and_shows_it_canceled()
    {
        Api.FirstPage = new GenerationPageView([_running], null);
        Api.CancelAnswer = id => _running with { Status = GenerationStatus.Canceled };
        var cut = Render<WorkspacePage>();

        cut.Find($".jobs [data-generation-id='{_running.Id}'] button.cancel").Click();

        Assert.Equal([_running.Id], Api.Cancellations);
        Assert.Empty(cut.FindAll(".jobs"));
        Assert.Equal("canceled", cut.Find($".history [data-generation-id='{_running.Id}'] .placeholder").TextContent);
    }

    [Fact]
    public void The_player_of_a_canceled_job_says_so_and_offers_no_cancel()
    {
        Api.FirstPage = new GenerationPageView([_running], null);
        Api.CancelAnswer = id => _running with { Status = GenerationStatus.Canceled };
        var cut = Render<WorkspacePage>();
        cut.Find($".history [data-generation-id='{_running.Id}']").Click();

        cut.Find(".player button.cancel").Click();

        Assert.Equal("This generation was canceled.", cut.Find(".player .canceled").TextContent);
        Assert.Empty(cut.FindAll("button.cancel"));
    }

    [Fact]
    public void A_finished_job_has_no_cancel_button()
    {
        Api.FirstPage = new GenerationPageView([_running.Succeeded()], null);
        var cut = Render<WorkspacePage>();

        Assert.Empty(cut.FindAll("button.cancel"));
    }

    [Fact]
    public void When_the_api_is_unreachable_the_cancel_failure_is_reported()
    {
        Api.FirstPage = new GenerationPageView([_running], null);
        var cut = Render<WorkspacePage>();
        Api.Unreachable = new HttpRequestException("Connection refused");

        cut.Find("button.cancel").Click();

        Assert.Equal("The Studio API is not reachable (Connection refused). Is it running?", cut.Find(".load-error").TextContent);
    }
}
