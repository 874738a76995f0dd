using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Reelwright.Web.Studio;
using Xunit;
using WorkspacePage = Reelwright.Web.Components.Pages.Workspace;

namespace Reelwright.ComponentTests.Pages;

/// <summary>The prompt form on the workspace page: what it starts with, what Generate sends, and how it complains.</summary>
public sealed class WorkspaceTests : StudioTestContext
{
    [Fact]
    public void Opening_the_workspace_fills_the_form_with_the_first_models_defaults()
    {
        Api.Models.Add(Sample.OtherModel);

        var cut = Render<WorkspacePage>();

        Assert.Equal(["MiniSora Shapes", "MiniSora Lines"], cut.FindAll("#model option").Select(o => o.TextContent));
        Assert.Equal("minisora-shapes", cut.Find("#model").GetAttribute("value"));
        Assert.Equal("20", cut.Find("#steps").GetAttribute("value"));
        Assert.Equal("1.5", cut.Find("#guidance").GetAttribute("value"));
        Assert.Equal("", cut.Find("#seed").GetAttribute("value"));
    }

    [Fact]
    public void Picking_another_model_resets_steps_and_guidance_to_its_defaults()
    {
        Api.Models.Add(Sample.OtherModel);
        var cut = Render<WorkspacePage>();
        cut.Find("#steps").Input("7");

        cut.Find("#model").Change("minisora-lines");

        Assert.Equal("minisora-lines", cut.Find("#model").GetAttribute("value"));
        Assert.Equal("30", cut.Find("#steps").GetAttribute("value"));
        Assert.Equal("3", cut.Find("#guidance").GetAttribute("value"));
    }

    [Fact]
    public void Clicking_generate_submits_the_typed_recipe()
    {
        Api.Models.Add(Sample.OtherModel);
        var cut = Render<WorkspacePage>();

        cut.Find("#prompt").Input("a blue square spinning");
        cut.Find("#negative-prompt").Input("blur");
        cut.Find("#model").Change("minisora-lines");
        cut.Find("#seed").Input(" 42 ");
        cut.Find("#steps").Input("12");
        cut.Find("#guidance").Input("2.5");
        cut.Find("#generate").Click();

        var submission = Assert.Single(Api.Submissions);
        Assert.Equal(new GenerationRecipe("a blue square spinning", "blur", 42, 12, 2.5, "minisora-lines"), submission.Recipe);
    }

    [Fact]
    public void Pressing_ctrl_enter_in_the_prompt_submits_the_recipe()
    {
        var cut = Render<WorkspacePage>();

        cut.Find("#prompt").Input("a green triangle");
        cut.Find("#prompt").KeyDown(new KeyboardEventArgs { Key = "Enter", CtrlKey = true });

        var submission = Assert.Single(Api.Submissions);
        Assert.Equal("a green triangle", submission.Recipe.Prompt);
    }

    [Fact]
    public void Pressing_cmd_enter_on_a_mac_submits_the_recipe_too()
    {
        var cut = Render<WorkspacePage>();

        cut.Find("#negative-prompt").KeyDown(new KeyboardEventArgs { Key = "Enter", MetaKey = true });

        Assert.Single(Api.Submissions);
    }

    [Fact]
    public void Pressing_enter_alone_in_the_prompt_does_not_submit()
    {
        var cut = Render<WorkspacePage>();

        cut.Find("#prompt").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.Empty(Api.Submissions);
    }

    [Fact]
    public void An_empty_seed_asks_the_api_to_pick_one()
    {
        var cut = Render<WorkspacePage>();

        cut.Find("#prompt").Input("a green triangle");
        cut.Find("#generate").Click();

        Assert.Null(Assert.Single(Api.Submissions).Recipe.Seed);
    }

    [Fact]
    public void Generate_is_disabled_and_a_second_submit_queues_nothing_while_the_first_is_pending()
    {
        var answer = new TaskCompletionSource<SubmitResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        Api.Answer = _ => answer.Task;
        var cut = Render<WorkspacePage>();
        cut.Find("#prompt").Input("a green triangle");

        cut.Find("#generate").Click();
        cut.Find("#prompt").KeyDown(new KeyboardEventArgs { Key = "Enter", CtrlKey = true });
        cut.Find("form").Submit();

        Assert.True(cut.Find("#generate").HasAttribute("disabled"));
        Assert.Equal("Queuing…", cut.Find("#generate").TextContent);
        Assert.Single(Api.Submissions.Select(s => s.IdempotencyKey).Distinct());

        answer.SetResult(SubmitResult.Accepted(Sample.QueuedFrom(Api.Submissions[0].Recipe)));

        cut.WaitForAssertion(() => Assert.False(cut.Find("#generate").HasAttribute("disabled")));
        Assert.Equal("Generate", cut.Find("#generate").TextContent);
    }

    [Fact]
    public void Retrying_after_the_api_could_not_be_reached_reuses_the_idempotency_key()
    {
        var cut = Render<WorkspacePage>();
        cut.Find("#prompt").Input("a green triangle");
        Api.Unreachable = new HttpRequestException("Connection refused");

        cut.Find("#generate").Click();
        Api.Unreachable = null;
        cut.Find("#generate").Click();

        Assert.Equal(2, Api.Submissions.Count);
        Assert.Equal(Api.Submissions[0].IdempotencyKey, Api.Submissions[1].IdempotencyKey);
    }

    [Fact]
    public void Each_accepted_submission_is_sent_with_a_new_idempotency_key()
    {
        var cut = Render<WorkspacePage>();
        cut.Find("#prompt").Input("a green triangle");

        cut.Find("#generate").Click();
        cut.Find("#generate").Click();

        Assert.Equal(2, Api.Submissions.Count);
        Assert.NotEqual(Api.Submissions[0].IdempotencyKey, Api.Submissions[1].IdempotencyKey);
    }

    [Theory]
    [InlineData("prompt", "#prompt")]
    [InlineData("negativePrompt", "#negative-prompt")]
    [InlineData("modelId", "#model")]
    [InlineData("seed", "#seed")]
    [InlineData("steps", "#steps")]
    [InlineData("guidance", "#guidance")]
    [InlineData("projectId", "#project")]
    [InlineData("visibility", "#visibility")]
    public void A_validation_error_from_the_api_appears_beside_the_field_it_names(string field, string inputSelector)
    {
        Api.Answer = _ => Task.FromResult(SubmitResult.Rejected(new Dictionary<string, string[]> { [field] = ["Not like that."] }));
        var cut = Render<WorkspacePage>();

        cut.Find("#generate").Click();

        var input = cut.Find(inputSelector);
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        var error = Assert.Single(cut.FindAll(".field-error"));
        Assert.Equal("Not like that.", error.TextContent);
        Assert.Same(input.Closest("label"), error.Closest("label"));
        Assert.Equal(input.Id, Assert.Single(cut.FindAll("[aria-invalid=true]")).Id);
    }

    [Fact]
    public void An_error_about_the_whole_request_appears_by_the_generate_button()
    {
        Api.Answer = _ => Task.FromResult(SubmitResult.Rejected(new Dictionary<string, string[]> { [""] = ["The request was refused."] }));
        var cut = Render<WorkspacePage>();

        cut.Find("#generate").Click();

        Assert.Equal("The request was refused.", cut.Find("form > .field-error").TextContent);
        Assert.Empty(cut.FindAll("[aria-invalid=true]"));
    }

    [Fact]
    public void An_accepted_resubmission_clears_the_earlier_errors()
    {
        Api.Answer = _ => Task.FromResult(SubmitResult.Rejected(new Dictionary<string, string[]> { ["prompt"] = ["Write a prompt: it cannot be empty."] }));
        var cut = Render<WorkspacePage>();
        cut.Find("#generate").Click();
        Api.Answer = recipe => Task.FromResult(SubmitResult.Accepted(Sample.QueuedFrom(recipe)));

        cut.Find("#prompt").Input("a green triangle");
        cut.Find("#generate").Click();

        Assert.Empty(cut.FindAll(".field-error"));
        Assert.Equal("false", cut.Find("#prompt").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void A_seed_that_is_not_a_whole_number_is_refused_without_calling_the_api()
    {
        var cut = Render<WorkspacePage>();
        cut.Find("#prompt").Input("a green triangle");

        cut.Find("#seed").Input("forty-two");
        cut.Find("#generate").Click();

        Assert.Empty(Api.Submissions);
        Assert.Equal("true", cut.Find("#seed").GetAttribute("aria-invalid"));
        Assert.Equal("Seed must be a whole number, or empty for a random one.", cut.Find(".field-error[data-field=seed]").TextContent);
    }

    [Fact]
    public void When_the_api_is_unreachable_the_page_says_so_instead_of_crashing()
    {
        Api.Unreachable = new HttpRequestException("Connection refused (api:8080)");

        var cut = Render<WorkspacePage>();

        var alert = cut.Find(".load-error[role=alert]");
        Assert.Contains("The Studio API is not reachable", alert.TextContent);
        Assert.Contains("Connection refused (api:8080)", alert.TextContent);
        Assert.NotNull(cut.Find("#prompt"));
    }

    [Fact]
    public void When_the_api_drops_during_a_submit_the_form_says_so()
    {
        var cut = Render<WorkspacePage>();
        cut.Find("#prompt").Input("a green triangle");
        Api.Unreachable = new HttpRequestException("Connection reset");

        cut.Find("#generate").Click();

        Assert.Equal("The Studio API is not reachable (Connection reset). Is it running?", cut.Find("form > .field-error").TextContent);
        Assert.False(cut.Find("#generate").HasAttribute("disabled"));
    }

    [Fact]
    public void Changing_the_recipe_after_a_lost_response_sends_it_with_a_new_idempotency_key()
    {
        // The API may have accepted the first request before the connection dropped; it refuses the same key
        // with a different body (422), and the form never rotates the key after a refusal, so every later submit fails.
        var cut = Render<WorkspacePage>();
        cut.Find("#prompt").Input("a green triangle");
        Api.Unreachable = new HttpRequestException("Connection reset");
        cut.Find("#generate").Click();
        Api.Unreachable = null;

        cut.Find("#prompt").Input("a green triangle, now spinning");
        cut.Find("#generate").Click();

        Assert.NotEqual(Api.Submissions[0].IdempotencyKey, Api.Submissions[1].IdempotencyKey);
    }

    [Fact]
    public void When_a_submit_times_out_the_form_says_so_and_generate_comes_back()
    {
        var answer = new TaskCompletionSource<SubmitResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        Api.Answer = _ => answer.Task;
        var cut = Render<WorkspacePage>();
        cut.Find("#prompt").Input("a green triangle");
        cut.Find("#generate").Click();

        answer.SetException(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing."));

        cut.WaitForAssertion(() => Assert.Equal("Generate", cut.Find("#generate").TextContent));
        Assert.NotEmpty(cut.FindAll("form > .field-error"));
    }

    [Fact]
    public void When_loading_times_out_the_page_says_so()
    {
        Api.Unreachable = new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.");

        var cut = Render<WorkspacePage>();

        Assert.NotEmpty(cut.FindAll(".load-error[role=alert]"));
    }
}
