namespace Reelwright.Web.Studio;

/// <param name="IsAdmin">Runs the studio: sees and steers the whole queue.</param>
public sealed record UserView(Guid Id, string Email, string DisplayName, bool IsAdmin = false);
