namespace Reelwright.Data.Sharing;

/// <summary>
/// An unguessable link to a private or team clip, or to a whole version stack, for people outside the team: optional
/// expiry and passphrase, view-only or view-and-comment, download allowed or not, revocable, counting its views.
/// </summary>
public sealed class ShareLink
{
    public Guid Id { get; init; }

    /// <summary>SHA-256 of the token in the link; the token itself is shown once, when the link is made.</summary>
    public required string TokenHash { get; init; }

    /// <summary>The clip shared, or null when a version stack is.</summary>
    public Guid? GenerationId { get; init; }

    /// <summary>The version stack shared, or null when one clip is.</summary>
    public Guid? ShotId { get; init; }

    public Guid ProjectId { get; init; }
    public Guid TeamId { get; init; }
    public Guid CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Identity's password hash of the passphrase, or null when the link needs none.</summary>
    public string? PassphraseHash { get; init; }

    public bool AllowComments { get; init; }
    public bool AllowDownloads { get; init; }
    public DateTimeOffset? RevokedAt { get; set; }
    public int ViewCount { get; set; }
}
