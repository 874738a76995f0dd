namespace Reelwright.Web.Studio;

/// <summary>What each role may do in the web app; the API enforces the same rules, these only hide what would be refused.</summary>
public static class TeamRoles
{
    public static bool CanEdit(this TeamRole role) => role is TeamRole.Owner or TeamRole.Editor;

    /// <summary>Comment, resolve, and be asked to review.</summary>
    public static bool CanReview(this TeamRole role) => role is TeamRole.Owner or TeamRole.Editor or TeamRole.Reviewer;

    public static bool CanManageMembers(this TeamRole role) => role == TeamRole.Owner;
}
