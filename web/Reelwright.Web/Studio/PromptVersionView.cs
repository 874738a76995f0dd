namespace Reelwright.Web.Studio;

/// <summary>One immutable, numbered version of a prompt; ParentNumber is the version it was edited from (several children: branches).</summary>
/// <param name="Variables">Named value sets for the text's {{placeholders}}, e.g. colour: red, blue.</param>
public sealed record PromptVersionView(
    int Number,
    int? ParentNumber,
    string Text,
    string NegativeText,
    string ModelId,
    long? Seed,
    int? Steps,
    double? Guidance,
    string? Message,
    Guid AuthorId,
    DateTimeOffset CreatedAt,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Variables = null)
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoVariables = new Dictionary<string, IReadOnlyList<string>>();

    // An API that predates variables sends none; the pages treat that as "no variables" rather than null.
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Variables { get; init; } = Variables ?? NoVariables;
}
