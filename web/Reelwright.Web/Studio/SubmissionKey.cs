namespace Reelwright.Web.Studio;

/// <summary>
/// The Idempotency-Key for the next submission. The same recipe keeps its key until the API accepts it, so a double
/// click or a retry after a lost answer queues one clip; a changed recipe gets a fresh key, since the API rightly
/// refuses one key for two different requests.
/// </summary>
public sealed class SubmissionKey
{
    private string _key = NewKey();
    private GenerationRecipe? _keyedRecipe;

    public string For(GenerationRecipe recipe)
    {
        if (_keyedRecipe is not null && _keyedRecipe != recipe)
            _key = NewKey();
        _keyedRecipe = recipe;
        return _key;
    }

    public void Accepted()
    {
        _key = NewKey();
        _keyedRecipe = null;
    }

    private static string NewKey() => Guid.NewGuid().ToString();
}
