namespace Reelwright.Web.Studio;

/// <summary>Whether a re-run reproduced its original's frames; Message says it in a sentence.</summary>
public sealed record VerificationView(
    Guid GenerationId, Guid RerunOfId, VerificationOutcome Outcome, string? OriginalFramesSha256, string? RerunFramesSha256,
    string? OriginalProvider, string? RerunProvider, string Message);

public enum VerificationOutcome
{
    Pending,
    Matches,
    Differs,
    DifferentProvider,
    Failed,
}
