namespace Reelwright.Data.Teams;

/// <summary>
/// A link that lets whoever opens it join a team with a role, once, before it expires. Only the token's SHA-256 is
/// stored; the link is shown once to the owner who made it.
/// </summary>
public sealed class Invitation
{
    public Guid Id { get; init; }
    public Guid TeamId { get; init; }
    public TeamRole Role { get; init; }
    public required string TokenHash { get; init; }
    public Guid CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public Guid? AcceptedBy { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
