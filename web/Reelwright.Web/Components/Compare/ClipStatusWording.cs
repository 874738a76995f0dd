using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Compare;

/// <summary>Why a generation has no clip to compare yet, or never will, in words.</summary>
public static class ClipStatusWording
{
    public static string Describe(GenerationView generation) => generation.Status switch
    {
        GenerationStatus.Queued => "Not finished: waiting in the queue.",
        GenerationStatus.Running => $"Not finished: generating, step {generation.CurrentStep} of {generation.TotalSteps}.",
        GenerationStatus.Failed => $"No clip: this generation failed ({generation.FailureReason}).",
        GenerationStatus.Canceled => "No clip: this generation was canceled.",
        _ => "No clip yet.",
    };
}
