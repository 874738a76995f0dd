namespace Reelwright.Web.Studio;

/// <summary>A new personal access token: the API returns the secret this once and never again.</summary>
public sealed record CreatedAccessTokenView(string Token, AccessTokenView Info);
