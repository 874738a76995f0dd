namespace Reelwright.Web.Studio;

/// <summary>Either the accepted generation, or the API's complaints keyed by form field (camelCase, as the API names them).</summary>
public sealed record SubmitResult(GenerationView? Generation, IReadOnlyDictionary<string, string[]> Errors)
{
    public static SubmitResult Accepted(GenerationView generation) => new(generation, new Dictionary<string, string[]>());

    public static SubmitResult Rejected(IReadOnlyDictionary<string, string[]> errors) => new(null, errors);
}
