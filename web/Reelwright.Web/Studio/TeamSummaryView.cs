namespace Reelwright.Web.Studio;

/// <summary>A team the signed-in user belongs to, with that user's role in it.</summary>
public sealed record TeamSummaryView(Guid Id, string Name, TeamRole Role);
