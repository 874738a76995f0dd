namespace Reelwright.Web.Studio;

/// <summary>A project the signed-in user can see, with that user's role in its team.</summary>
public sealed record ProjectView(Guid Id, Guid TeamId, string TeamName, string Name, TeamRole Role);
