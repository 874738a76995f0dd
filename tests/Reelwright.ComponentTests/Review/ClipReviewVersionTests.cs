using Bunit;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Review;

/// <summary>The version stack, live progress and the "New version" link on the clip review page.</summary>
public sealed class ClipReviewVersionTests : ClipReviewTestContext
{
    [Fact]
    public void The_version_stack_lists_each_version_with_its_state_and_what_changed_and_marks_this_one()
    {
        var shotId = Guid.NewGuid();
        var v1 = Sample.Queued("a red circle").Succeeded();
        GivenClip(TeamRole.Viewer, c => c with { ShotId = shotId, ShotVersion = 2, ParentGenerationId = v1.Id });
        var v3 = Sample.Queued("a blue circle").Succeeded();
        Api.Shots[shotId] = new ShotView(shotId, Clip.ProjectId!.Value, "Red circle", Sample.Noon,
        [
            new ShotVersionView(1, null, [], ReviewState.Superseded, v1),
            new ShotVersionView(2, v1.Id, ["seed", "prompt"], ReviewState.ChangesRequested, Clip),
            new ShotVersionView(3, Clip.Id, [], ReviewState.NotReviewed, v3),
        ]);

        var cut = RenderReview();

        var versions = cut.FindAll(".version-stack li");
        Assert.Equal(["v1", "v2", "v3"], versions.Select(v => v.QuerySelector("a")!.TextContent));
        Assert.Equal(["Superseded", "ChangesRequested", "NotReviewed"], versions.Select(v => v.QuerySelector(".state")!.GetAttribute("data-state")));
        Assert.Equal(["first version", "seed, prompt", "re-run, same recipe"], versions.Select(v => v.QuerySelector(".changes")!.TextContent));
        // The lineage: each version names the one it was made from.
        Assert.Equal([null, "1", "2"], versions.Select(v => v.QuerySelector(".parent")?.GetAttribute("data-parent-version")));
        Assert.Equal($"clips/{v3.Id}", versions[2].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("page", versions[1].GetAttribute("aria-current"));
        Assert.Contains("current", versions[1].ClassList);
        Assert.Null(versions[0].GetAttribute("aria-current"));
    }

    [Fact]
    public void A_clip_in_no_shot_has_no_version_stack()
    {
        GivenClip(TeamRole.Viewer);

        var cut = RenderReview();

        Assert.Empty(cut.FindAll(".version-stack"));
    }

    [Theory]
    [InlineData(TeamRole.Editor, true)]
    [InlineData(TeamRole.Reviewer, false)]
    public void Editors_get_a_new_version_link_that_makes_this_clip_the_parent(TeamRole role, bool offered)
    {
        GivenClip(role);

        var cut = RenderReview();

        Assert.Equal(offered ? [$"./?parent={Clip.Id}"] : [], cut.FindAll("#new-version").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_version_made_from_another_links_to_comparing_the_two()
    {
        var parentId = Guid.NewGuid();
        GivenClip(TeamRole.Viewer, c => c with { ParentGenerationId = parentId });

        var cut = RenderReview();

        Assert.Equal($"compare?a={parentId}&b={Clip.Id}", cut.Find("#compare-with-parent").GetAttribute("href"));
    }

    [Fact]
    public void A_first_version_has_nothing_to_compare_with()
    {
        GivenClip(TeamRole.Editor);

        Assert.Empty(RenderReview().FindAll("#compare-with-parent"));
    }

    [Fact]
    public async Task A_clip_still_generating_shows_its_progress_and_the_player_once_it_is_done()
    {
        var running = GivenClip(TeamRole.Reviewer, c => c with { Status = GenerationStatus.Running, CurrentStep = 5, Clip = null, CompletedAt = null });
        var cut = RenderReview();
        Assert.Equal("Step 5 of 20", cut.Find(".job-status").TextContent);
        Assert.Empty(cut.FindAll(".frame-player"));

        var done = running.Succeeded();
        Api.Generations[done.Id] = done;
        await Updates.PushAsync(done);

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find(".frame-player")));
        Assert.NotNull(cut.Find("#new-comment"));
    }
}
