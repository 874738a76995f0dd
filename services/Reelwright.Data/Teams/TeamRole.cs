namespace Reelwright.Data.Teams;

/// <summary>What a member may do in a team's projects; each role includes the ones below it.</summary>
public enum TeamRole
{
    /// <summary>Sees the team's clips.</summary>
    Viewer = 0,

    /// <summary>Also comments and decides on reviews.</summary>
    Reviewer = 1,

    /// <summary>Also generates, edits prompts and makes projects.</summary>
    Editor = 2,

    /// <summary>Also manages members and invitations, and cancels anyone's jobs.</summary>
    Owner = 3,
}
