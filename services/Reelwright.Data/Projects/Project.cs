namespace Reelwright.Data.Projects;

/// <summary>Where prompts, generations and clips live; a project's team decides who may see and change them.</summary>
public sealed class Project
{
    public Guid Id { get; init; }
    public Guid TeamId { get; init; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
}
