using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.OutputCaching;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Gallery;

/// <summary>
/// Publishes a finished clip to the public gallery under a title (its prompt unless changed), with its prompt and
/// recipe hidden if asked, or takes it out again. Those who may not manage it only see whether it is published.
/// </summary>
public partial class PublishPanel
{
    private readonly ApiCallErrors _errors = new();
    private Guid? _shownId;
    private DateTimeOffset? _publishedAt;
    private string _title = "";
    private bool _hideRecipe;
    private bool _busy;

    [Parameter, EditorRequired] public required GenerationView Generation { get; set; }

    /// <summary>The author, an owner of the clip's team, or an administrator (the API decides; this only hides the form).</summary>
    [Parameter] public bool CanManage { get; set; }

    [Inject] public required IStudioApi Api { get; init; }

    [Inject] public required IOutputCacheStore GalleryPages { get; init; }

    // Live updates hand in the same clip again: only another clip resets what the user has typed.
    protected override void OnParametersSet()
    {
        if (_shownId == Generation.Id)
            return;
        _shownId = Generation.Id;
        _publishedAt = Generation.PublishedAt;
        _title = PublishTitle.Default(Generation);
        _hideRecipe = Generation.HideRecipe;
    }

    private Task PublishAsync() =>
        BusyAsync(async () =>
        {
            var published = await Api.PublishAsync(Generation.Id, _title.Trim(), _hideRecipe);
            (_publishedAt, _title) = (published.PublishedAt, published.Title);
        });

    private Task UnpublishAsync() =>
        BusyAsync(async () => _publishedAt = (await Api.UnpublishAsync(Generation.Id)).PublishedAt);

    private async Task BusyAsync(Func<Task> call)
    {
        _busy = true;
        // Visitors should see the change with their next page, not after the cached copies expire.
        if (await _errors.TryAsync(call))
            await GalleryCache.ForgetAsync(GalleryPages);
        _busy = false;
    }
}
