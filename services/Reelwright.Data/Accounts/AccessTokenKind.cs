namespace Reelwright.Data.Accounts;

public enum AccessTokenKind
{
    /// <summary>Made by a person for scripts; lives until revoked.</summary>
    Personal,

    /// <summary>Made at sign-in for the web app; expires, and is revoked at sign-out.</summary>
    Session,
}
