using Reelwright.Data.Generations;

namespace Reelwright.Api.Generations.Reruns;

/// <summary>Whether a re-run reproduced its original's frames exactly, and how that was decided.</summary>
/// <param name="Message">The outcome in a sentence, as the studio shows it.</param>
public sealed record VerificationResponse(
    Guid GenerationId, Guid RerunOfId, VerificationOutcome Outcome, string? OriginalFramesSha256, string? RerunFramesSha256,
    string? OriginalProvider, string? RerunProvider, string Message)
{
    /// <param name="rerun">Loaded with its Clip.</param>
    /// <param name="original">Loaded with its Clip.</param>
    public static VerificationResponse Of(Generation rerun, Generation original)
    {
        var (outcome, message) = Judge(rerun, original);
        return new VerificationResponse(rerun.Id, original.Id, outcome, original.Clip?.FramesSha256, rerun.Clip?.FramesSha256,
            original.Clip?.ExecutionProvider, rerun.Clip?.ExecutionProvider, message);
    }

    private static (VerificationOutcome, string) Judge(Generation rerun, Generation original)
    {
        if (rerun.Status is GenerationStatus.Queued or GenerationStatus.Running)
            return (VerificationOutcome.Pending, "The re-run has not finished yet.");
        if (rerun.Clip is null || original.Clip is null)
            return (VerificationOutcome.Failed, $"The re-run ended {rerun.Status}; there are no frames to compare.");
        var (provider, originalProvider) = (rerun.Clip.ExecutionProvider, original.Clip.ExecutionProvider);
        if (provider != originalProvider)
            return (VerificationOutcome.DifferentProvider,
                $"The re-run ran on {provider}, the original on {originalProvider}: providers' maths differ, so the frames are not expected to match bit for bit.");
        return rerun.Clip.FramesSha256 == original.Clip.FramesSha256
            ? (VerificationOutcome.Matches, $"Reproduced exactly: every frame matches the original (same frame hash on {provider}).")
            : (VerificationOutcome.Differs, $"The frames differ from the original although both ran on {provider}.");
    }
}
