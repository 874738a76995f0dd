namespace Reelwright.Api.Generations.Status;

/// <summary>All worker events share one queue: one place to watch, and one consumer group to scale.</summary>
public static class GenerationStatusEndpoint
{
    public const string QueueName = "studio-generation-status";
}
