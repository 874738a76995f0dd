namespace Reelwright.Web.Studio;

/// <summary>The signed-in user, their teams and the projects they can see (GET /api/me).</summary>
public sealed record MeView(UserView User, IReadOnlyList<TeamSummaryView> Teams, IReadOnlyList<ProjectView> Projects);
