namespace Reelwright.Web.Studio;

/// <summary>
/// A link just made: the API returns its token this once (it keeps only a hash), so the panel that made it is the
/// only place that can show it. <see cref="Url"/> is the web app's path for it, "/s/{token}".
/// </summary>
public sealed record CreatedShareLinkView(Guid Id, string Token, string Url, DateTimeOffset? ExpiresAt);
