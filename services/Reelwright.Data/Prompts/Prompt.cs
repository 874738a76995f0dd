using Reelwright.Data.Generations;

namespace Reelwright.Data.Prompts;

/// <summary>A prompt as a versioned document: every save is an immutable version; labels point at versions.</summary>
public sealed class Prompt
{
    public Guid Id { get; init; }
    public Guid ProjectId { get; init; }
    public Guid TeamId { get; init; }
    public Guid AuthorId { get; init; }
    public required string Name { get; set; }
    public Visibility Visibility { get; set; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When its last version was saved: search lists prompts by it, newest first.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The last version number handed out; raised under the row's lock, so numbers are gap-free and never reused.</summary>
    public int LastVersion { get; set; }
}
