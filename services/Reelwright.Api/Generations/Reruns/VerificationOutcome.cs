namespace Reelwright.Api.Generations.Reruns;

public enum VerificationOutcome
{
    /// <summary>The re-run has not finished yet.</summary>
    Pending,

    /// <summary>Same execution provider, same frames: the clip is reproduced exactly.</summary>
    Matches,

    /// <summary>Same execution provider, different frames: something changed (model file, runtime, hardware maths).</summary>
    Differs,

    /// <summary>The re-run ran on another execution provider, whose floating-point maths may differ; its hash proves nothing either way.</summary>
    DifferentProvider,

    /// <summary>The re-run failed or was canceled, so there is nothing to compare.</summary>
    Failed,
}
