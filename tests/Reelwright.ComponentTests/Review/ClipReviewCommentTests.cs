using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Web.Components.Review;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Review;

/// <summary>Comments on the clip review page: as markers on the player, as threads beside it, and written there.</summary>
public sealed class ClipReviewCommentTests : ClipReviewTestContext
{
    [Fact]
    public void Threads_are_listed_in_frame_order_and_drawn_as_markers_resolved_ones_dimmed()
    {
        GivenClip(TeamRole.Reviewer);
        var late = GivenComment("Colour shifts here", 9, 11, c => c with { ResolvedAt = Sample.Noon });
        var early = GivenComment("Hand flickers", 2);
        GivenComment("Agreed", 9, shape: c => c with { ParentId = late.Id, AuthorName = "Alan Turing" });

        var cut = RenderReview();

        Assert.Equal([early.Id.ToString(), late.Id.ToString()], cut.FindAll(".thread").Select(t => t.GetAttribute("data-comment-id")));
        Assert.Equal("Frame 3 · 00:00:00:02", cut.Find($"[data-comment-id='{early.Id}'] .frames").TextContent);
        Assert.Equal("Frames 10–12 · 00:00:01:01", cut.Find($"[data-comment-id='{late.Id}'] .frames").TextContent);
        Assert.Equal("Agreed", cut.Find($"[data-comment-id='{late.Id}'] .replies .body").TextContent);

        var markers = cut.FindAll(".timeline .marker");
        Assert.Equal(2, markers.Count);
        Assert.Contains("resolved", cut.Find($".marker[data-marker-id='{late.Id}']").ClassList);
        Assert.DoesNotContain("resolved", cut.Find($".marker[data-marker-id='{early.Id}']").ClassList);
        Assert.Equal("true", cut.Find($"[data-comment-id='{late.Id}']").GetAttribute("data-resolved"));
    }

    [Fact]
    public void Clicking_a_thread_seeks_the_player_to_its_first_frame()
    {
        GivenClip(TeamRole.Viewer);
        var comment = GivenComment("Colour shifts here", 9, 11);
        var cut = RenderReview();

        cut.Find($"[data-comment-id='{comment.Id}']").Click();

        Assert.Equal([9.5 / Fps], SeekTimes());
        Assert.Equal("Frame 10 / 16", cut.Find("#frame-readout").TextContent);
        Assert.Contains("selected", cut.Find($"[data-comment-id='{comment.Id}']").ClassList);
    }

    [Fact]
    public async Task A_point_annotation_is_drawn_as_a_dot_on_its_frames()
    {
        GivenClip(TeamRole.Viewer);
        var comment = GivenComment("This corner", 4, shape: c => c with { X = 0.25, Y = 0.75 });
        var cut = RenderReview();

        await cut.FindComponent<FramePlayer>().Instance.SeekToFrameAsync(4);

        Assert.Equal(comment.Id.ToString(), cut.Find(".stage .point").GetAttribute("data-marker-id"));
    }

    [Fact]
    public void A_new_comment_goes_on_the_frame_shown_at_the_point_picked()
    {
        // A 2:1 video in a 400 × 400 element: the picture is 400 × 200 between 100 px bars.
        Module.Setup<PictureBox>("measure", _ => true).SetResult(new PictureBox(400, 400, 200, 100));
        GivenClip(TeamRole.Reviewer);
        var cut = RenderReview();
        for (var i = 0; i < 3; i++)
            cut.Find(".frame-player").KeyDown(new KeyboardEventArgs { Key = "ArrowRight" });
        Assert.Equal("on frame 4 · 00:00:00:03", cut.Find("#comment-frame").TextContent);

        cut.Find("#mark-point").Click();
        Assert.Equal("true", cut.Find("#mark-point").GetAttribute("aria-pressed"));
        cut.Find("video").Click(new MouseEventArgs { OffsetX = 100, OffsetY = 150 });
        Assert.Equal("false", cut.Find("#mark-point").GetAttribute("aria-pressed"));
        cut.Find("#comment-body").Input("The circle clips the edge");
        cut.Find("#comment-submit").Click();

        var (generationId, posted) = Assert.Single(Api.PostedComments);
        Assert.Equal(Clip.Id, generationId);
        Assert.Equal(new NewComment("The circle clips the edge", 3, null, 0.25, 0.25), posted);
        var thread = Assert.Single(cut.FindAll(".thread"));
        Assert.Equal("The circle clips the edge", thread.QuerySelector(".body")!.TextContent);
        Assert.Equal("", cut.Find("#comment-body").GetAttribute("value"));
        Assert.Empty(cut.FindAll("#comment-point"));
    }

    [Fact]
    public void To_frame_is_typed_as_the_player_numbers_frames_and_sent_zero_based()
    {
        GivenClip(TeamRole.Reviewer);
        var cut = RenderReview();

        cut.Find("#comment-body").Input("Flicker through here");
        cut.Find("#comment-end-frame").Input("6");
        cut.Find("#comment-submit").Click();

        Assert.Equal(new NewComment("Flicker through here", 0, 5), Assert.Single(Api.PostedComments).Comment);
    }

    [Fact]
    public void The_apis_complaints_appear_beside_the_fields_they_name()
    {
        GivenClip(TeamRole.Reviewer);
        Api.Refusals[nameof(IStudioApi.AddCommentAsync)] = new StudioProblemException(HttpStatusCode.BadRequest, new Dictionary<string, string[]>
        {
            ["body"] = ["Write the comment: it cannot be empty."],
            ["endFrame"] = ["The range must end between frame 0 and the clip's last, 15."],
        });
        var cut = RenderReview();

        cut.Find("#comment-submit").Click();

        Assert.Equal("Write the comment: it cannot be empty.", cut.Find("#new-comment .field-error[data-field=body]").TextContent);
        Assert.Same(cut.Find("#comment-body").Closest("label"), cut.Find("#new-comment .field-error[data-field=body]").Closest("label"));
        Assert.Same(cut.Find("#comment-end-frame").Closest("label"), cut.Find("#new-comment .field-error[data-field=endFrame]").Closest("label"));
        Assert.Equal("true", cut.Find("#comment-body").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void A_reply_is_posted_to_its_thread_and_listed_under_it()
    {
        GivenClip(TeamRole.Reviewer);
        var thread = GivenComment("Hand flickers", 2);
        var cut = RenderReview();

        cut.Find($"[data-comment-id='{thread.Id}'] .reply-body").Input("Fixed in the next version");
        cut.Find($"[data-comment-id='{thread.Id}'] .reply-submit").Click();

        Assert.Equal(new NewComment("Fixed in the next version", null, ParentId: thread.Id), Assert.Single(Api.PostedComments).Comment);
        Assert.Equal("Fixed in the next version", cut.Find($"[data-comment-id='{thread.Id}'] .replies .body").TextContent);
        Assert.Single(cut.FindAll(".timeline .marker"));
    }

    [Fact]
    public void Resolving_a_thread_dims_its_marker_and_offers_to_reopen_it()
    {
        GivenClip(TeamRole.Reviewer);
        var thread = GivenComment("Hand flickers", 2);
        var cut = RenderReview();

        cut.Find($"[data-comment-id='{thread.Id}'] .resolve").Click();

        Assert.Equal((thread.Id, true), Assert.Single(Api.Resolutions));
        Assert.Contains("resolved", cut.Find($".marker[data-marker-id='{thread.Id}']").ClassList);

        cut.Find($"[data-comment-id='{thread.Id}'] .reopen").Click();

        Assert.Equal((thread.Id, false), Api.Resolutions[^1]);
        Assert.DoesNotContain("resolved", cut.Find($".marker[data-marker-id='{thread.Id}']").ClassList);
        Assert.Empty(SeekTimes());
    }

    [Fact]
    public void A_viewer_reads_comments_but_cannot_write_reply_or_resolve()
    {
        GivenClip(TeamRole.Viewer);
        GivenComment("Hand flickers", 2);

        var cut = RenderReview();

        Assert.Single(cut.FindAll(".thread"));
        Assert.Empty(cut.FindAll("#new-comment"));
        Assert.Empty(cut.FindAll(".reply-body"));
        Assert.Empty(cut.FindAll(".resolve"));
        Assert.Empty(cut.FindAll(".regenerate"));
    }

    [Fact]
    public void Regenerate_from_this_note_opens_the_workspace_with_the_clip_as_parent_and_the_note()
    {
        GivenClip(TeamRole.Editor);
        var note = GivenComment("Make the circle blue", 2);
        var cut = RenderReview();

        cut.Find($"[data-comment-id='{note.Id}'] .regenerate").Click();

        Assert.Equal($"http://localhost/?parent={Clip.Id}&note={note.Id}", Services.GetRequiredService<NavigationManager>().Uri);
        Assert.Empty(SeekTimes());
    }
}
