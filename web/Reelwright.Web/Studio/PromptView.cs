namespace Reelwright.Web.Studio;

/// <summary>
/// A prompt as a versioned document (GET /api/prompts/{id}): every version ever saved, oldest first, and its labels.
/// Resolved is the version a requested label points at.
/// </summary>
public sealed record PromptView(
    Guid Id,
    Guid ProjectId,
    string Name,
    GenerationVisibility Visibility,
    DateTimeOffset CreatedAt,
    IReadOnlyList<PromptVersionView> Versions,
    IReadOnlyList<PromptLabelView> Labels,
    PromptVersionView? Resolved = null)
{
    public PromptVersionView? Version(int number) => Versions.FirstOrDefault(v => v.Number == number);

    public PromptVersionView? Latest => Versions.Count == 0 ? null : Versions.MaxBy(v => v.Number);

    public IEnumerable<PromptLabelView> LabelsOf(int number) => Labels.Where(l => l.Version == number);
}
