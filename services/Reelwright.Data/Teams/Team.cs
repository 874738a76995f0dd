namespace Reelwright.Data.Teams;

/// <summary>People who work together; every project belongs to one team, and membership is what grants access to it.</summary>
public sealed class Team
{
    public Guid Id { get; init; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public List<TeamMember> Members { get; init; } = [];
}
