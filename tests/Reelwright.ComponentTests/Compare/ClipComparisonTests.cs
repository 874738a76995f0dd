using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.ComponentTests.Fakes;
using Reelwright.Web.Components.Compare;
using Reelwright.Web.Components.Pages.Compare;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Compare;

/// <summary>The compare page over two finished 16-frame, 8 fps clips (unless a test says otherwise), with the player's JS module faked.</summary>
public sealed class ClipComparisonTests : StudioTestContext
{
    private const int Fps = 8;

    private readonly BunitJSModuleInterop _module;

    public ClipComparisonTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        _module = JSInterop.SetupModule(ComparePlayer.ModulePath);
    }

    [Fact]
    public void Both_clips_are_shown_with_their_recipes_and_the_settings_that_differ_are_marked_on_both()
    {
        var a = Given(Sample.Queued("a red circle drifting left", seed: 7, steps: 20, guidance: 1.5).Succeeded());
        var b = Given(Sample.Queued("a red circle drifting left", seed: 8, steps: 20, guidance: 3).Succeeded());

        var cut = RenderComparison(a, b);

        Assert.Equal($"{FakeStudioApi.PublicBaseUrl}/media/{a.Id}/clip.mp4", cut.Find("#compare-a video").GetAttribute("src"));
        Assert.Equal($"{FakeStudioApi.PublicBaseUrl}/media/{b.Id}/clip.mp4", cut.Find("#compare-b video").GetAttribute("src"));
        Assert.Equal("7", Value(cut, "a", "seed"));
        Assert.Equal("8", Value(cut, "b", "seed"));
        Assert.Equal("3", Value(cut, "b", "guidance"));
        Assert.Equal(["seed", "guidance"], DifferingFields(cut, "a"));
        Assert.Equal(["seed", "guidance"], DifferingFields(cut, "b"));
        Assert.Equal("a red circle drifting left", Value(cut, "b", "prompt"));
        Assert.Equal(Sample.Model.Id, Value(cut, "a", "modelId"));
        Assert.Equal($"clips/{b.Id}", cut.Find("#recipe-b h2 a").GetAttribute("href"));
    }

    [Fact]
    public void Stepping_moves_both_clips_to_the_middle_of_the_same_frame()
    {
        var cut = RenderComparison(Given(Sample.Queued().Succeeded()), Given(Sample.Queued().Succeeded()));

        cut.Find("#step-forward").Click();
        cut.Find("#step-forward").Click();
        cut.Find("#step-back").Click();

        Assert.Equal([(1.5 / Fps, 1.5 / Fps), (2.5 / Fps, 2.5 / Fps), (1.5 / Fps, 1.5 / Fps)], Seeks());
        Assert.Equal("Frame 2 of 16", cut.Find("#frame-readout").TextContent);
        Assert.Equal("1", cut.Find(".transport").GetAttribute("data-frame"));
    }

    [Fact]
    public void The_review_keys_step_play_and_jump_to_the_ends()
    {
        var cut = RenderComparison(Given(Sample.Queued().Succeeded()), Given(Sample.Queued().Succeeded()));
        var player = cut.Find(".compare-player");

        player.KeyDown(new KeyboardEventArgs { Key = "." });
        player.KeyDown(new KeyboardEventArgs { Key = "ArrowRight" });
        player.KeyDown(new KeyboardEventArgs { Key = "," });
        Assert.Equal("Frame 2 of 16", cut.Find("#frame-readout").TextContent);

        player.KeyDown(new KeyboardEventArgs { Key = "End" });
        player.KeyDown(new KeyboardEventArgs { Key = "ArrowRight" });
        Assert.Equal("Frame 16 of 16", cut.Find("#frame-readout").TextContent);

        player.KeyDown(new KeyboardEventArgs { Key = " " });
        Assert.Single(_module.Invocations["play"]);
        Assert.Equal("Pause", cut.Find("#play").GetAttribute("aria-label"));

        player.KeyDown(new KeyboardEventArgs { Key = "Home" });
        Assert.Single(_module.Invocations["pause"]);
        Assert.Equal("Play", cut.Find("#play").GetAttribute("aria-label"));
        Assert.Equal("Frame 1 of 16", cut.Find("#frame-readout").TextContent);
    }

    [Fact]
    public void The_seek_slider_puts_both_clips_on_the_frame_it_points_at()
    {
        var cut = RenderComparison(Given(Sample.Queued().Succeeded()), Given(Sample.Queued().Succeeded()));

        cut.Find("#seek").Input("9");

        Assert.Equal([(9.5 / Fps, 9.5 / Fps)], Seeks());
        Assert.Equal("Frame 10 of 16", cut.Find("#frame-readout").TextContent);
        Assert.Equal("15", cut.Find("#seek").GetAttribute("max"));
    }

    [Fact]
    public async Task Playback_reported_by_the_leading_clip_moves_the_shared_frame()
    {
        var cut = RenderComparison(Given(Sample.Queued().Succeeded()), Given(Sample.Queued().Succeeded()));

        await cut.FindComponent<ComparePlayer>().Instance.OnVideoTimeAsync(0.5);

        Assert.Equal("Frame 5 of 16", cut.Find("#frame-readout").TextContent);
        Assert.Equal("4", cut.Find(".transport").GetAttribute("data-frame"));
        Assert.Empty(_module.Invocations["seek"]);
    }

    [Fact]
    public void With_clips_of_different_lengths_the_longer_leads_and_the_shorter_holds_its_last_frame()
    {
        var shortClip = Given(Sample.Queued().Succeeded());
        var longClip = Given(WithClip(Sample.Queued().Succeeded(), frameCount: 32, fps: 16));
        var cut = RenderComparison(shortClip, longClip);

        cut.Find(".compare-player").KeyDown(new KeyboardEventArgs { Key = "End" });

        Assert.Equal("Frame 32 of 32", cut.Find("#frame-readout").TextContent);
        Assert.Equal([(15.5 / 8, 31.5 / 16)], Seeks());
    }

    [Fact]
    public void The_wipe_shows_both_clips_in_one_box_and_its_slider_moves_the_line_between_them()
    {
        var cut = RenderComparison(Given(Sample.Queued().Succeeded()), Given(Sample.Queued().Succeeded()));
        Assert.Empty(cut.FindAll("#wipe"));
        Assert.Null(cut.Find("#compare-a").GetAttribute("style"));

        cut.Find("#mode-wipe").Click();
        Assert.Contains("wipe", cut.Find(".compare-player").ClassList);
        Assert.Equal("clip-path: inset(0 50% 0 0)", cut.Find("#compare-a").GetAttribute("style"));

        cut.Find("#wipe").Input("30");

        Assert.Equal("clip-path: inset(0 70% 0 0)", cut.Find("#compare-a").GetAttribute("style"));
        Assert.Equal("left: 30%", cut.Find(".wipe-line").GetAttribute("style"));
        // The same two videos, only laid out anew: the module attached once still drives them.
        Assert.Single(_module.Invocations["attach"]);
    }

    [Fact]
    public void The_wipe_stays_on_the_shared_frame()
    {
        var cut = RenderComparison(Given(Sample.Queued().Succeeded()), Given(Sample.Queued().Succeeded()));
        cut.Find("#step-forward").Click();

        cut.Find("#mode-wipe").Click();
        cut.Find("#wipe").Input("80");
        cut.Find("#step-forward").Click();

        Assert.Equal("Frame 3 of 16", cut.Find("#frame-readout").TextContent);
        Assert.Equal((2.5 / Fps, 2.5 / Fps), Seeks()[^1]);
    }

    [Fact]
    public void A_clip_still_generating_shows_its_status_instead_of_a_player()
    {
        var a = Given(Sample.Queued().Succeeded());
        var b = Given(Sample.Queued("a blue square").AtStep(5));

        var cut = RenderComparison(a, b);

        Assert.Empty(cut.FindAll("#play"));
        Assert.Equal("Not finished: generating, step 5 of 20.", cut.Find("#compare-b .status").TextContent);
        Assert.Equal($"{FakeStudioApi.PublicBaseUrl}/media/{a.Id}/poster.png", cut.Find("#compare-a img").GetAttribute("src"));
        Assert.Equal("a blue square", Value(cut, "b", "prompt"));
        Assert.Equal(["prompt"], DifferingFields(cut, "a"));
    }

    [Fact]
    public void A_failed_clip_says_there_is_no_clip_and_why()
    {
        var cut = RenderComparison(Given(Sample.Queued().Succeeded()), Given(Sample.Queued().Failed("out of memory")));

        Assert.Equal("No clip: this generation failed (out of memory).", cut.Find("#compare-b .status").TextContent);
    }

    [Fact]
    public async Task A_clip_that_finishes_while_the_page_is_open_joins_the_player()
    {
        var a = Given(Sample.Queued().Succeeded());
        var b = Given(Sample.Queued().AtStep(5));
        var cut = RenderComparison(a, b);

        Api.Generations[b.Id] = b.Succeeded();
        await cut.InvokeAsync(() => Updates.PushAsync(b.Succeeded()));

        Assert.Equal($"{FakeStudioApi.PublicBaseUrl}/media/{b.Id}/clip.mp4", cut.Find("#compare-b video").GetAttribute("src"));
        Assert.Equal("Frame 1 of 16", cut.Find("#frame-readout").TextContent);
    }

    [Fact]
    public void A_clip_that_is_missing_or_not_the_callers_to_see_is_reported_in_words()
    {
        Api.Refusals["GetGenerationAsync"] = new StudioProblemException(HttpStatusCode.NotFound,
            new Dictionary<string, string[]> { [""] = ["No generation you can see has this id."] });

        var cut = RenderComparison(Guid.NewGuid(), Guid.NewGuid());

        Assert.Contains("Clip A could not be opened.", cut.Find("#compare-a").TextContent);
        Assert.Contains("No generation you can see has this id.", cut.Find("#compare-b").TextContent);
        Assert.Empty(cut.FindAll(".recipe"));
    }

    [Fact]
    public void Without_two_ids_the_page_asks_for_two_clips()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/compare?a=" + Guid.NewGuid());

        var cut = Render<ClipComparison>();

        Assert.Contains("Pick two clips", cut.Find("#compare-needs-two").TextContent);
        Assert.Equal("clips", cut.Find("#compare-needs-two a").GetAttribute("href"));
    }

    private GenerationView Given(GenerationView generation)
    {
        Api.Generations[generation.Id] = generation;
        return generation;
    }

    private static GenerationView WithClip(GenerationView generation, int frameCount, int fps) =>
        generation with { Clip = generation.Clip! with { FrameCount = frameCount, Fps = fps } };

    private IRenderedComponent<ClipComparison> RenderComparison(GenerationView a, GenerationView b) => RenderComparison(a.Id, b.Id);

    private IRenderedComponent<ClipComparison> RenderComparison(Guid a, Guid b)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/compare?a={a}&b={b}");
        return Render<ClipComparison>();
    }

    private static string Value(IRenderedComponent<ClipComparison> cut, string side, string field) =>
        cut.Find($"#recipe-{side} [data-field='{field}'] dd").TextContent;

    private static List<string?> DifferingFields(IRenderedComponent<ClipComparison> cut, string side) =>
        [.. cut.FindAll($"#recipe-{side} .row.differs").Select(row => row.GetAttribute("data-field"))];

    /// <summary>Where each seek put the two videos, in seconds.</summary>
    private List<(double A, double B)> Seeks() =>
        [.. _module.Invocations["seek"].Select(i => ((double)i.Arguments[1]!, (double)i.Arguments[2]!))];
}
