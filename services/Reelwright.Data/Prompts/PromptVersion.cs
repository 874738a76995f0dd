namespace Reelwright.Data.Prompts;

/// <summary>
/// One saved state of a prompt: the text, negative text, model and parameters, who saved it and why, and the version
/// it was edited from (a version edited from an older one starts a branch of the tree).
/// </summary>
public sealed class PromptVersion
{
    public Guid Id { get; init; }
    public Guid PromptId { get; init; }
    public int Number { get; init; }
    public int? ParentNumber { get; init; }
    public required string Text { get; init; }
    public required string NegativeText { get; init; }
    public required string ModelId { get; init; }
    public long? Seed { get; init; }
    public int? Steps { get; init; }
    public double? Guidance { get; init; }
    public string? Message { get; init; }

    /// <summary>The template's named variable sets as a JSON object, e.g. {"colour":["red","blue"]}; null when it has none.</summary>
    public string? Variables { get; init; }
    public Guid AuthorId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
