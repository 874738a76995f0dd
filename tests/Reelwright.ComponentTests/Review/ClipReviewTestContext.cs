using Bunit;
using Reelwright.Web.Components.Pages.Clips;
using Reelwright.Web.Components.Review;
using Reelwright.Web.Studio;

namespace Reelwright.ComponentTests.Review;

/// <summary>
/// The review page over a finished 16-frame, 8 fps clip in a project of the team "Northern Lights", with the
/// player's JS module faked so seeks and point picks can be observed.
/// </summary>
public abstract class ClipReviewTestContext : StudioTestContext
{
    protected const int Fps = 8;

    protected static readonly TeamMemberView Me = Sample.Member("Ada Lovelace", TeamRole.Editor) with { UserId = Sample.User.Id };
    protected static readonly TeamMemberView Grace = Sample.Member("Grace Hopper", TeamRole.Reviewer);
    protected static readonly TeamMemberView Alan = Sample.Member("Alan Turing", TeamRole.Owner);
    protected static readonly TeamMemberView Viewer = Sample.Member("Charles Babbage", TeamRole.Viewer);

    protected ClipReviewTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Module = JSInterop.SetupModule(FramePlayer.ModulePath);
    }

    protected BunitJSModuleInterop Module { get; }

    protected GenerationView Clip { get; private set; } = null!;

    /// <summary>A finished clip in a project where the signed-in user has <paramref name="myRole"/>.</summary>
    protected GenerationView GivenClip(TeamRole myRole, Func<GenerationView, GenerationView>? shape = null)
    {
        var project = Sample.Project("Spring campaign", myRole);
        Api.Me = Api.Me with { Projects = [project] };
        Api.Teams[project.TeamId] = new TeamView(project.TeamId, project.TeamName, myRole, [Me with { Role = myRole }, Grace, Alan, Viewer]);
        var clip = Sample.Queued("a red circle drifting left").Succeeded() with { ProjectId = project.Id, AuthorName = "Ada Lovelace" };
        Clip = shape is null ? clip : shape(clip);
        Api.Generations[Clip.Id] = Clip;
        return Clip;
    }

    protected CommentView GivenComment(string body, int startFrame, int? endFrame = null, Func<CommentView, CommentView>? shape = null)
    {
        var comment = Sample.Comment(Clip.Id, body, startFrame, endFrame) with { CreatedAt = Sample.Noon.AddMinutes(Api.Comments.Count) };
        comment = shape is null ? comment : shape(comment);
        Api.Comments.Add(comment);
        return comment;
    }

    protected IRenderedComponent<ClipReview> RenderReview() => Render<ClipReview>(p => p.Add(c => c.Id, Clip.Id));

    /// <summary>Where the player was asked to seek, in seconds.</summary>
    protected List<double> SeekTimes() => [.. Module.Invocations["seek"].Select(i => (double)i.Arguments[1]!)];
}
