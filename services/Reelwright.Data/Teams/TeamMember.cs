namespace Reelwright.Data.Teams;

public sealed class TeamMember
{
    public Guid TeamId { get; init; }
    public Guid UserId { get; init; }
    public TeamRole Role { get; set; }
    public DateTimeOffset JoinedAt { get; init; }
}
