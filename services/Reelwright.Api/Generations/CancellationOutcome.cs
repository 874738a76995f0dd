using Reelwright.Data.Generations;

namespace Reelwright.Api.Generations;

/// <summary>What became of a cancel request.</summary>
public abstract record CancellationOutcome
{
    public sealed record Canceled(Generation Generation) : CancellationOutcome;

    public sealed record AlreadyFinished(Generation Generation) : CancellationOutcome;

    public sealed record NotFound : CancellationOutcome;
}
