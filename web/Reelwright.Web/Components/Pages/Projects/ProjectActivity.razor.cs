using Microsoft.AspNetCore.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Pages.Projects;

/// <summary>What happened in a project, newest first: clips made, comments, review requests and decisions, each linking to its clip's review.</summary>
public partial class ProjectActivity
{
    private readonly ApiCallErrors _load = new();
    private readonly List<ActivityView> _items = [];
    private ProjectView? _project;
    private string? _nextCursor;
    private bool _loaded;

    [Parameter] public Guid Id { get; set; }

    [Inject] public required IStudioApi Api { get; init; }

    protected override Task OnParametersSetAsync() =>
        _load.TryAsync(async () =>
        {
            _project = (await Api.GetMeAsync()).Projects.FirstOrDefault(p => p.Id == Id);
            var page = await Api.GetActivityAsync(Id);
            _items.Clear();
            _items.AddRange(page.Items);
            _nextCursor = page.NextCursor;
            _loaded = true;
        });

    private Task LoadMoreAsync() =>
        _load.TryAsync(async () =>
        {
            var page = await Api.GetActivityAsync(Id, _nextCursor);
            _items.AddRange(page.Items.Where(i => _items.All(shown => shown.Id != i.Id)));
            _nextCursor = page.NextCursor;
        });
}
