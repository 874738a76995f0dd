namespace Reelwright.Web.Studio;

/// <summary>Either the queued sweep, or the API's complaints keyed by form field (template, variables, cells, axes, seeds, projectId, …; "" for the request as a whole).</summary>
public sealed record SweepSubmitResult(SweepView? Sweep, IReadOnlyDictionary<string, string[]> Errors)
{
    public static SweepSubmitResult Accepted(SweepView sweep) => new(sweep, new Dictionary<string, string[]>());

    public static SweepSubmitResult Rejected(IReadOnlyDictionary<string, string[]> errors) => new(null, errors);
}
