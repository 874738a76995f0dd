namespace Reelwright.Inference;

/// <summary>Reported after each sampler step: <see cref="Step"/> of <see cref="TotalSteps"/> steps are done.</summary>
public readonly record struct SamplingProgress(int Step, int TotalSteps)
{
    public double Fraction => (double)Step / TotalSteps;
}
