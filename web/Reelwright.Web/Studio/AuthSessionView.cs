namespace Reelwright.Web.Studio;

/// <summary>What sign-up and sign-in return: the API session token (a secret) and when it stops working.</summary>
public sealed record AuthSessionView(string Token, DateTimeOffset ExpiresAt, UserView User);
