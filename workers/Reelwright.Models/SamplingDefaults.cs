namespace Reelwright.Models;

/// <summary>The sampler settings a clip gets when the user leaves them out.</summary>
/// <param name="Scheduler">Stable Diffusion models only: the noise scheduler.</param>
/// <param name="Keyframes">Stable Diffusion models only: how many images the latent walk passes through.</param>
/// <param name="FramesBetween">Stable Diffusion models only: frames interpolated between two keyframes.</param>
public sealed record SamplingDefaults(int Steps, double Guidance, string? Scheduler = null, int? Keyframes = null, int? FramesBetween = null);
