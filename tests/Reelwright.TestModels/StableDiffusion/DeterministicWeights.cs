namespace Reelwright.TestModels.StableDiffusion;

/// <summary>
/// Weights from a fixed formula rather than a random generator, so every build writes byte-identical models
/// (and so identical checksums) and a failing test can be reproduced by hand.
/// </summary>
internal static class DeterministicWeights
{
    /// <summary><c>amplitude · sin(frequency · i + phase)</c> for i = 0..count-1: bounded, and varying from one weight to the next.</summary>
    public static float[] Sine(int count, double amplitude, double frequency, double phase = 0) =>
        [.. Enumerable.Range(0, count).Select(i => (float)(amplitude * Math.Sin(frequency * i + phase)))];
}
