namespace Reelwright.Web.Studio;

/// <summary>An invitation to join a team, as its owners see it (without the token, which is shown only when created).</summary>
public sealed record InvitationView(
    Guid Id,
    TeamRole Role,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? RevokedAt)
{
    public bool IsPendingAt(DateTimeOffset now) => AcceptedAt is null && RevokedAt is null && ExpiresAt > now;
}
