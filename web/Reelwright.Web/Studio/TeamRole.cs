namespace Reelwright.Web.Studio;

/// <summary>A user's role in a team, and so in its projects; listed from most to least rights.</summary>
public enum TeamRole
{
    Owner,
    Editor,
    Reviewer,
    Viewer,
}
