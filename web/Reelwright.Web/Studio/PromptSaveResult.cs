namespace Reelwright.Web.Studio;

/// <summary>Either the saved version, or the API's complaints keyed by field (text, negativeText, message, parentVersion, variables.NAME).</summary>
public sealed record PromptSaveResult(PromptVersionView? Version, IReadOnlyDictionary<string, string[]> Errors)
{
    public static PromptSaveResult Saved(PromptVersionView version) => new(version, new Dictionary<string, string[]>());

    public static PromptSaveResult Rejected(IReadOnlyDictionary<string, string[]> errors) => new(null, errors);
}
