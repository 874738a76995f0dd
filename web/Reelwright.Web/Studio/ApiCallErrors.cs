namespace Reelwright.Web.Studio;

/// <summary>
/// Why a page's last call to the API failed: complaints keyed by field, to show beside the inputs ("" for the
/// request as a whole), or a failure (unreachable, session ended) to show as an alert.
/// </summary>
public sealed class ApiCallErrors
{
    private static readonly IReadOnlyDictionary<string, string[]> None = new Dictionary<string, string[]>();

    public IReadOnlyDictionary<string, string[]> Fields { get; private set; } = None;

    public Exception? Failure { get; private set; }

    /// <summary>Runs the call and remembers why it failed, if it did; true when it succeeded.</summary>
    public async Task<bool> TryAsync(Func<Task> call)
    {
        Fields = None;
        Failure = null;
        try
        {
            await call();
            return true;
        }
        catch (StudioProblemException e)
        {
            Fields = e.Errors;
        }
        catch (Exception e) when (StudioApiErrors.IsReportable(e))
        {
            Failure = e;
        }
        return false;
    }

    /// <summary>The complaints not about any of <paramref name="fields"/>, for the form to show by its button.</summary>
    public IReadOnlyDictionary<string, string[]> Besides(params string[] fields) =>
        new Dictionary<string, string[]> { [""] = [.. Fields.Where(e => !fields.Contains(e.Key)).SelectMany(e => e.Value)] };
}
