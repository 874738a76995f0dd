using Microsoft.AspNetCore.Identity;

namespace Reelwright.Data.Accounts;

/// <summary>A person with an account. Identity keeps the email, password hash and lockout; the studio adds a name.</summary>
public sealed class StudioUser : IdentityUser<Guid>
{
    public required string DisplayName { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When its owner closed the account; its tokens stop working and it can no longer sign in.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Runs the studio: sees and steers the whole queue, cancels anyone's jobs. The first account is one.</summary>
    public bool IsAdmin { get; set; }
}
