namespace Reelwright.Web.Studio;

public sealed record TeamMemberView(Guid UserId, string DisplayName, string Email, TeamRole Role, DateTimeOffset JoinedAt);
