namespace Reelwright.Data.Prompts;

/// <summary>A name (draft, candidate, approved, or any) pointing at exactly one version of a prompt.</summary>
public sealed class PromptLabel
{
    public Guid PromptId { get; init; }
    public required string Name { get; init; }
    public int VersionNumber { get; set; }
    public Guid MovedBy { get; set; }
    public DateTimeOffset MovedAt { get; set; }
}
