namespace Reelwright.Web.Studio;

/// <summary>
/// The sweep form's editable state, as typed: lists are comma-separated text and variables one line each, so that
/// what the user wrote stays on screen while it is wrong. With a prompt picked, its versions are swept instead of a template.
/// </summary>
public sealed class SweepForm
{
    public string Name { get; set; } = "";
    public string Template { get; set; } = "";
    public string Variables { get; set; } = "";
    public string NegativePrompt { get; set; } = "";
    public string ModelId { get; set; } = "";
    public string Seeds { get; set; } = "";
    public string Guidance { get; set; } = "";
    public string Steps { get; set; } = "";
    public Guid? ProjectId { get; set; }

    /// <summary>The prompt whose versions are swept (an axis named "version"); null to sweep the template.</summary>
    public Guid? PromptId { get; set; }
    public string PromptVersions { get; set; } = "";

    /// <summary>
    /// How many cells the sweep will have, or null while something typed cannot be counted. With a prompt it is a
    /// lower bound: each version's own variables multiply it further, and only the API knows them.
    /// </summary>
    public long? CellCount
    {
        get
        {
            var variables = SweepVariables.Parse(Variables, out var variablesError);
            long? prompts = PromptId is not null
                ? SweepValueList.Length(SweepValueList.Counts(PromptVersions, "Versions", out var versionsError), versionsError)
                : variablesError is null ? SweepCellCount.PromptsOf(Template, variables) : null;
            var seeds = SweepValueList.Length(SweepValueList.Whole(Seeds, "Seeds", out var seedsError), seedsError);
            var guidance = SweepValueList.Length(SweepValueList.Numbers(Guidance, "Guidance", out var guidanceError), guidanceError);
            var steps = SweepValueList.Length(SweepValueList.Counts(Steps, "Steps", out var stepsError), stepsError);
            return prompts * seeds * guidance * steps;
        }
    }

    /// <summary>The request to send, or the complaints about what was typed (keyed as the API keys them) and no request.</summary>
    public SweepRequest? ToRequest(out IReadOnlyDictionary<string, string[]> errors)
    {
        var found = new Dictionary<string, string[]>();
        void Note(string field, string? error)
        {
            if (error is not null)
                found[field] = [error];
        }

        var variables = SweepVariables.Parse(Variables, out var variablesError);
        Note("variables", variablesError);
        var seeds = SweepValueList.Whole(Seeds, "Seeds", out var seedsError);
        Note("seeds", seedsError);
        var guidance = SweepValueList.Numbers(Guidance, "Guidance", out var guidanceError);
        Note("guidance", guidanceError);
        var steps = SweepValueList.Counts(Steps, "Steps", out var stepsError);
        Note("steps", stepsError);
        var versions = PromptId is null ? null : SweepValueList.Counts(PromptVersions, "Versions", out var versionsError) switch
        {
            { } listed => listed,
            null => Fail(versionsError ?? "List the prompt's versions to sweep, such as 1, 2, 3."),
        };
        IReadOnlyList<int>? Fail(string error)
        {
            Note("promptVersions", error);
            return null;
        }

        errors = found;
        if (found.Count > 0)
            return null;
        return new SweepRequest(
            ProjectId, Blank(Name), PromptId is null ? Template : null, variables.Count > 0 ? variables : null, Blank(NegativePrompt),
            Blank(ModelId), seeds, guidance, steps, PromptId, versions);
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
