namespace Reelwright.Web.Studio;

/// <summary>
/// The API answered 401 to a signed-in call: the session token has expired or was revoked (signed out elsewhere).
/// Pages show it as "sign in again" rather than as a fault.
/// </summary>
public sealed class StudioSessionEndedException(string? apiDetail)
    : Exception(apiDetail ?? "The Studio API no longer accepts this session.");
