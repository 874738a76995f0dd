namespace Reelwright.Data.Prompts;

/// <summary>One move of a label: who moved it, when, from which version (none when it was created) to which.</summary>
public sealed class PromptLabelMove
{
    public Guid Id { get; init; }
    public Guid PromptId { get; init; }
    public required string Label { get; init; }
    public int? FromVersion { get; init; }
    public int ToVersion { get; init; }
    public Guid MovedBy { get; init; }
    public DateTimeOffset MovedAt { get; init; }
}
