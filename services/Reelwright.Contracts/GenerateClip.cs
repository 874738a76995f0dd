namespace Reelwright.Contracts;

/// <summary>
/// Asks a worker to sample one clip. Carries the whole recipe so the worker needs no database. A command: sent to
/// its model's queue (<see cref="QueueFor"/>), where it waits for a worker that runs that model, even if none has
/// started yet.
/// </summary>
/// <param name="Scheduler">Stable Diffusion models: the noise scheduler; null for MiniSora's built-in sampler.</param>
/// <param name="Keyframes">Stable Diffusion models: images the latent walk passes through; null for MiniSora.</param>
/// <param name="FramesBetween">Stable Diffusion models: frames between two keyframes; null for MiniSora.</param>
/// <param name="EndPrompt">Stable Diffusion models: the prompt the walk ends on; null keeps one prompt throughout.</param>
public sealed record GenerateClip(
    Guid GenerationId,
    string ModelId,
    string Prompt,
    string NegativePrompt,
    long Seed,
    int Steps,
    double Guidance,
    DateTimeOffset RequestedAt,
    string? Scheduler = null,
    int? Keyframes = null,
    int? FramesBetween = null,
    string? EndPrompt = null)
{
    /// <summary>
    /// The queue of one model's jobs. Workers consume only the queues of the models they have loaded, so a job never
    /// reaches a worker that cannot run it.
    /// </summary>
    public static string QueueFor(string modelId) => $"generate-clip.{modelId}";
}
