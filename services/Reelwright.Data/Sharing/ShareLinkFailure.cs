namespace Reelwright.Data.Sharing;

/// <summary>A wrong passphrase tried on a share link: counted per link and per client address to slow guessing.</summary>
public sealed class ShareLinkFailure
{
    public Guid Id { get; init; }
    public Guid ShareLinkId { get; init; }
    public required string ClientAddress { get; init; }
    public DateTimeOffset At { get; init; }
}
