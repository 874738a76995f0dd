namespace Reelwright.Web.Studio;

/// <summary>Who may see a generation: its author only, the members of its project's team, or anyone with the link.</summary>
public enum GenerationVisibility
{
    Private,
    Team,
    Public,
}
