namespace Reelwright.Data.Teams;

/// <summary>People who work together; every project belongs to one team, and membership is what grants access to it.</summary>
public sealed class Team
{
    public Guid Id { get; init; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Its share of the workers against other teams with waiting jobs: a team of weight 2 gets twice the clips of one of weight 1.</summary>
    public double SchedulingWeight { get; set; } = 1;
    public List<TeamMember> Members { get; init; } = [];
}
