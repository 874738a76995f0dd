namespace Reelwright.Web.Studio;

/// <summary>What an invitation link offers, as shown to the person who opened it before they accept.</summary>
public sealed record InvitationPreviewView(Guid TeamId, string TeamName, TeamRole Role, DateTimeOffset ExpiresAt, string InvitedBy);
