using System.ComponentModel.DataAnnotations;

namespace Reelwright.Api.Outbox;

public sealed class OutboxOptions
{
    /// <summary>Off only to simulate a crash between commit and publish, or to run a write-only API instance.</summary>
    public bool RelayEnabled { get; set; } = true;

    /// <summary>A safety net: the relay is woken at once after each local commit, and polls for rows other instances wrote.</summary>
    [Range(10, 60_000)]
    public int PollIntervalMs { get; set; } = 1000;

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;
}
