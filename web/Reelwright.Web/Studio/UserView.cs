namespace Reelwright.Web.Studio;

public sealed record UserView(Guid Id, string Email, string DisplayName);
