namespace Reelwright.Api.ShareLinks;

/// <param name="GenerationId">The clip to share; give this or ShotId, not both.</param>
/// <param name="ShotId">The version stack to share, every version of it.</param>
/// <param name="ExpiresInHours">1 to 8760 (a year); the link never expires when omitted.</param>
/// <param name="Passphrase">4 to 200 characters the visitor must type; none when omitted.</param>
/// <param name="AllowComments">Visitors who sign in may comment on frames.</param>
/// <param name="AllowDownloads">Visitors may download the MP4.</param>
public sealed record CreateShareLinkRequest(Guid? GenerationId, Guid? ShotId, int? ExpiresInHours, string? Passphrase, bool AllowComments, bool AllowDownloads);

/// <param name="Passphrase">Needed when the link has one.</param>
public sealed record OpenShareLinkRequest(string? Passphrase);

/// <param name="Passphrase">Needed when the link has one.</param>
/// <param name="GenerationId">The shared clip, or one version of the shared stack.</param>
/// <param name="Body">The note, 1 to 4000 characters.</param>
/// <param name="StartFrame">0-based frame the note is on.</param>
public sealed record SharedCommentRequest(string? Passphrase, Guid? GenerationId, string? Body, int? StartFrame);
