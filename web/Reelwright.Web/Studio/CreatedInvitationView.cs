namespace Reelwright.Web.Studio;

/// <summary>A new invitation and the token for its link; the API returns the token this once and never again.</summary>
public sealed record CreatedInvitationView(InvitationView Invitation, string Token);
