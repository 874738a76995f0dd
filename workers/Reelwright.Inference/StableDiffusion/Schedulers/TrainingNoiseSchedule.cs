using Reelwright.Models.StableDiffusion;

namespace Reelwright.Inference.StableDiffusion.Schedulers;

/// <summary>
/// The noise the model was trained with: ᾱ_t, the cumulative product of (1 − β) over training timesteps 0..T−1,
/// and the matching noise-to-signal ratio σ_t = √((1 − ᾱ_t) / ᾱ_t) that Euler-style samplers walk down.
/// diffusers computes these in float32; here they are double, which moves σ_max by about 1e-6.
/// </summary>
public sealed class TrainingNoiseSchedule
{
    private readonly double[] _alphaBars;
    private readonly double[] _sigmas;

    /// <exception cref="ArgumentException">The settings have <see cref="NoiseScheduleSettings.Problems"/>.</exception>
    public TrainingNoiseSchedule(NoiseScheduleSettings settings)
    {
        var problems = settings.Problems();
        if (problems.Count > 0)
            throw new ArgumentException($"The noise schedule is unusable: {string.Join("; ", problems)}.", nameof(settings));

        Settings = settings;
        _alphaBars = new double[settings.TrainTimesteps];
        _sigmas = new double[settings.TrainTimesteps];
        var alphaBar = 1.0;
        for (var t = 0; t < settings.TrainTimesteps; t++)
        {
            alphaBar *= 1 - Beta(settings, t);
            _alphaBars[t] = alphaBar;
            _sigmas[t] = Math.Sqrt((1 - alphaBar) / alphaBar);
        }
    }

    public NoiseScheduleSettings Settings { get; }

    public int TrainTimesteps => _alphaBars.Length;

    /// <summary>ᾱ at an integer training timestep (diffusers' alphas_cumprod[t]).</summary>
    public double AlphaBar(int timestep) => _alphaBars[timestep];

    /// <summary>σ at a possibly fractional timestep, interpolated linearly in σ (not log σ) and clamped at both ends, as np.interp does.</summary>
    public double Sigma(double timestep)
    {
        if (timestep <= 0)
            return _sigmas[0];
        if (timestep >= _sigmas.Length - 1)
            return _sigmas[^1];
        var below = (int)Math.Floor(timestep);
        var fraction = timestep - below;
        return _sigmas[below] + fraction * (_sigmas[below + 1] - _sigmas[below]);
    }

    // β_t rises over training: evenly in β ("linear") or evenly in √β ("scaled_linear", the latent diffusion schedule).
    private static double Beta(NoiseScheduleSettings settings, int timestep)
    {
        var fraction = settings.TrainTimesteps == 1 ? 0.0 : (double)timestep / (settings.TrainTimesteps - 1);
        if (settings.BetaSchedule == "linear")
            return settings.BetaStart + fraction * (settings.BetaEnd - settings.BetaStart);
        var rootBeta = Math.Sqrt(settings.BetaStart) + fraction * (Math.Sqrt(settings.BetaEnd) - Math.Sqrt(settings.BetaStart));
        return rootBeta * rootBeta;
    }
}
