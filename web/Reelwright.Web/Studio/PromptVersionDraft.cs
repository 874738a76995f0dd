namespace Reelwright.Web.Studio;

/// <summary>
/// A version about to be saved, as POST /api/prompts/{id}/versions takes it. ParentVersion is the version it was edited
/// from: an older one than the latest starts a branch. The settings are carried over from the parent so a text edit
/// does not reset them to the API's defaults.
/// </summary>
public sealed record PromptVersionDraft(
    string Text,
    string NegativeText = "",
    string? Message = null,
    int? ParentVersion = null,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Variables = null,
    string? ModelId = null,
    long? Seed = null,
    int? Steps = null,
    double? Guidance = null)
{
    /// <summary>A draft edited from <paramref name="parent"/>: its settings, with new texts, variables and message.</summary>
    public static PromptVersionDraft From(PromptVersionView parent, string text, string negativeText, IReadOnlyDictionary<string, IReadOnlyList<string>> variables, string? message) =>
        new(text, negativeText, message, parent.Number, variables, parent.ModelId, parent.Seed, parent.Steps, parent.Guidance);
}
