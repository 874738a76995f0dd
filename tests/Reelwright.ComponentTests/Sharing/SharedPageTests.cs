using System.Reflection;
using Bunit;
using Microsoft.AspNetCore.Authorization;
using Reelwright.Web.Components.Pages.Sharing;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Sharing;

/// <summary>The page a share link lands on: passphrase first when needed, the answers a visitor can meet, then the clip(s).</summary>
public sealed class SharedPageTests : StudioTestContext
{
    private const string Passphrase = "open sesame";

    [Fact]
    public void A_signed_out_visitor_sees_the_shared_clip_without_being_sent_to_sign_in()
    {
        Authorization.SetNotAuthorized();
        var clip = SharedSample.Clip();
        Api.SharedAnswer = (_, _) => new SharedLinkOutcome.Shown(SharedSample.OfClip(clip));

        var cut = RenderShared();

        Assert.Null(typeof(SharedPage).GetCustomAttribute<AuthorizeAttribute>());
        var video = cut.Find($"article[data-clip-id='{clip.Id}'] video");
        Assert.Equal(Api.MediaUrl(clip.VideoUrl!), video.GetAttribute("src"));
        Assert.Equal(Api.MediaUrl(clip.PosterUrl!), video.GetAttribute("poster"));
        Assert.Equal("a red circle drifting left", cut.Find(".recipe .prompt").TextContent);
        Assert.Equal("7", cut.Find(".recipe .seed").TextContent);
        Assert.Equal([(SharedSample.Token, (string?)null)], Api.SharedOpenings);
    }

    [Fact]
    public void A_link_with_a_passphrase_asks_for_it_first_and_then_shows_the_clip()
    {
        var clip = SharedSample.Clip();
        GivenPassphrase(clip);

        var cut = RenderShared();

        Assert.Empty(cut.FindAll("video"));
        Assert.Empty(cut.FindAll("#shared-wrong-passphrase"));

        cut.Find("#shared-passphrase").Input(Passphrase);
        cut.Find("#open-shared").Click();

        Assert.Empty(cut.FindAll("#shared-passphrase-form"));
        Assert.NotNull(cut.Find($"article[data-clip-id='{clip.Id}'] video"));
        Assert.Equal([null, Passphrase], Api.SharedOpenings.Select(o => o.Passphrase));
    }

    [Fact]
    public void A_wrong_passphrase_says_so_and_asks_again()
    {
        GivenPassphrase(SharedSample.Clip());
        var cut = RenderShared();

        cut.Find("#shared-passphrase").Input("open sezame");
        cut.Find("#open-shared").Click();

        Assert.Equal("That passphrase is not right.", cut.Find("#shared-wrong-passphrase").TextContent);
        Assert.NotNull(cut.Find("#shared-passphrase-form"));
        Assert.Empty(cut.FindAll("video"));
    }

    [Theory]
    [InlineData(600, "Too many tries; try again in 10 minutes.")]
    [InlineData(61, "Too many tries; try again in 2 minutes.")]
    [InlineData(20, "Too many tries; try again in 1 minute.")]
    public void Too_many_tries_says_how_many_minutes_to_wait(int retryAfterSeconds, string message)
    {
        Api.SharedAnswer = (_, passphrase) => passphrase is null
            ? new SharedLinkOutcome.PassphraseNeeded(WasWrong: false)
            : new SharedLinkOutcome.TooManyTries(TimeSpan.FromSeconds(retryAfterSeconds));
        var cut = RenderShared();

        cut.Find("#shared-passphrase").Input("guess");
        cut.Find("#open-shared").Click();

        Assert.Equal(message, cut.Find("#shared-too-many").TextContent);
        Assert.Empty(cut.FindAll("#shared-wrong-passphrase"));
    }

    [Fact]
    public void An_expired_or_revoked_link_says_it_no_longer_works()
    {
        Api.SharedAnswer = (_, _) => new SharedLinkOutcome.Ended("The link expired at 2025-11-26 12:00Z.");

        var cut = RenderShared();

        Assert.Equal("This link no longer works", cut.Find("h1").TextContent);
        Assert.Contains("expired, or whoever shared it has revoked it", cut.Find("#shared-ended").TextContent);
        Assert.Contains("The link expired at 2025-11-26 12:00Z.", cut.Markup);
        Assert.Empty(cut.FindAll("#shared-passphrase-form"));
    }

    [Fact]
    public void An_unknown_link_says_there_is_nothing_here()
    {
        Api.SharedAnswer = (_, _) => new SharedLinkOutcome.NotFound();

        var cut = RenderShared();

        Assert.Contains("no shared clip at this address", cut.Find("#shared-not-found").TextContent);
    }

    [Fact]
    public void An_unreachable_api_is_reported_in_words()
    {
        Api.Unreachable = new HttpRequestException("connection refused");

        var cut = RenderShared();

        Assert.Contains("not reachable", cut.Find(".load-error").TextContent);
        Assert.Empty(cut.FindAll("#shared-opening"));
    }

    [Fact]
    public void A_shared_version_stack_shows_every_version_newest_first()
    {
        var view = new SharedView("Stack", "Opening shot", AllowComments: false, AllowDownloads: false, ExpiresAt: null,
            [SharedSample.Clip(1, "v one"), SharedSample.Clip(3, "v three"), SharedSample.Clip(2, "v two")]);
        Api.SharedAnswer = (_, _) => new SharedLinkOutcome.Shown(view);

        var cut = RenderShared();

        Assert.Equal("Opening shot", cut.Find("h1").TextContent);
        Assert.Equal(["3", "2", "1"], cut.FindAll("article.shared-clip").Select(a => a.GetAttribute("data-version")));
        Assert.Equal(3, cut.FindAll("article.shared-clip video").Count);
    }

    [Fact]
    public void A_version_still_generating_shows_a_note_instead_of_a_video()
    {
        var running = SharedSample.Clip(2) with
        {
            Status = GenerationStatus.Running, VideoUrl = null, PosterUrl = null, PreviewUrl = null, FrameCount = null, Fps = null, DurationSeconds = null,
        };
        var view = new SharedView("Stack", "Opening shot", AllowComments: true, AllowDownloads: false, ExpiresAt: null, [SharedSample.Clip(1), running]);
        Api.SharedAnswer = (_, _) => new SharedLinkOutcome.Shown(view);

        var cut = RenderShared();

        var card = cut.Find("article[data-version='2']");
        Assert.Null(card.QuerySelector("video"));
        Assert.Contains("no clip to show (running)", card.QuerySelector(".unfinished")!.TextContent);
        Assert.Null(card.QuerySelector(".shared-comment-form"));
        Assert.NotNull(cut.Find("article[data-version='1'] .shared-comment-form"));
    }

    [Fact]
    public void Downloads_are_offered_only_when_the_link_allows_them()
    {
        var allowed = SharedSample.Clip() with { DownloadUrl = "/api/generations/1/download?share=sh_abc&format=mp4" };
        Api.SharedAnswer = (_, _) => new SharedLinkOutcome.Shown(SharedSample.OfClip(allowed, allowDownloads: true));

        var cut = RenderShared();

        Assert.Equal($"{Fakes.FakeStudioApi.PublicBaseUrl}/api/generations/1/download?share=sh_abc&format=mp4",
            cut.Find("#download-mp4").GetAttribute("href"));
        Assert.Equal($"{Fakes.FakeStudioApi.PublicBaseUrl}/api/generations/1/download?share=sh_abc&format=gif",
            cut.Find("#download-gif").GetAttribute("href"));

        Api.SharedAnswer = (_, _) => new SharedLinkOutcome.Shown(SharedSample.OfClip(SharedSample.Clip()));
        Assert.Empty(RenderShared().FindAll(".download-links a"));
    }

    [Fact]
    public void Comments_are_shown_when_the_link_allows_them_and_a_signed_in_visitor_may_post_one()
    {
        var clip = SharedSample.Clip() with { Comments = [SharedSample.Comment("Lovely easing here", startFrame: 4)] };
        GivenPassphrase(clip, allowComments: true);
        var cut = RenderShared();
        cut.Find("#shared-passphrase").Input(Passphrase);
        cut.Find("#open-shared").Click();

        Assert.Contains("Lovely easing here", cut.Find(".shared-comment").TextContent);
        Assert.Contains("frame 5", cut.Find(".shared-comment").TextContent);
        Assert.Empty(cut.FindAll(".sign-in-to-comment"));

        cut.Find(".comment-body").Input("Could the circle slow down at the end?");
        cut.Find(".comment-frame").Change("12");
        cut.Find(".comment-submit").Click();

        Assert.Equal([(SharedSample.Token, (string?)Passphrase, clip.Id, "Could the circle slow down at the end?", 11)], Api.SharedComments);
        Assert.Contains("Could the circle slow down at the end?", cut.FindAll(".shared-comment")[1].TextContent);
    }

    [Fact]
    public void A_signed_out_visitor_reads_the_comments_and_is_offered_sign_in_that_comes_back_here()
    {
        Authorization.SetNotAuthorized();
        var clip = SharedSample.Clip() with { Comments = [SharedSample.Comment("Lovely easing here", startFrame: 4)] };
        Api.SharedAnswer = (_, _) => new SharedLinkOutcome.Shown(SharedSample.OfClip(clip, allowComments: true));

        var cut = RenderShared();

        Assert.Contains("Lovely easing here", cut.Find(".shared-comment").TextContent);
        Assert.Empty(cut.FindAll(".shared-comment-form"));
        var signIn = cut.Find(".sign-in-to-comment");
        Assert.Equal("Sign in to comment", signIn.TextContent);
        Assert.Equal($"/sign-in?returnUrl=%2Fs%2F{SharedSample.Token}", signIn.GetAttribute("href"));
    }

    [Fact]
    public void A_view_only_link_shows_no_comments_and_no_way_to_post()
    {
        var clip = SharedSample.Clip() with { Comments = null };
        Api.SharedAnswer = (_, _) => new SharedLinkOutcome.Shown(SharedSample.OfClip(clip, allowComments: false));

        var cut = RenderShared();

        Assert.Empty(cut.FindAll(".shared-comments"));
        Assert.Empty(cut.FindAll(".shared-comment-form"));
        Assert.Empty(cut.FindAll(".sign-in-to-comment"));
    }

    [Fact]
    public void The_prerendered_page_does_not_open_the_link_so_a_visit_counts_once()
    {
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Static", isInteractive: false));
        Api.SharedAnswer = (_, _) => new SharedLinkOutcome.Shown(SharedSample.OfClip(SharedSample.Clip()));

        var cut = RenderShared();

        Assert.Empty(Api.SharedOpenings);
        Assert.NotNull(cut.Find("#shared-opening"));
    }

    private void GivenPassphrase(SharedClipView clip, bool allowComments = false) =>
        Api.SharedAnswer = (_, passphrase) => passphrase == Passphrase
            ? new SharedLinkOutcome.Shown(SharedSample.OfClip(clip, allowComments))
            : new SharedLinkOutcome.PassphraseNeeded(WasWrong: passphrase is not null);

    private IRenderedComponent<SharedPage> RenderShared() => Render<SharedPage>(p => p.Add(c => c.Token, SharedSample.Token));
}
