using Microsoft.AspNetCore.Components;
using Reelwright.Web.Components.Prompts;
using Reelwright.Web.Studio;
using DiffOfVersions = Reelwright.Web.Studio.PromptDiffView;

namespace Reelwright.Web.Components.Pages.Prompts;

/// <summary>
/// One prompt as a versioned document: its history tree, a diff of any two versions, its labels, and an editor that
/// saves a new version from a picked one. Whether the user may edit is the API's call; the page only hides the forms
/// from those whose role would be refused.
/// </summary>
public partial class PromptPage
{
    private readonly ApiCallErrors _load = new();
    private readonly ApiCallErrors _action = new();
    private PromptView? _prompt;
    private ProjectView? _project;
    private PersonNames _names = PersonNames.None;
    private DiffOfVersions? _diff;
    private (Guid A, Guid B)? _diffClips;
    private int? _editFrom;
    private PromptVersionView? _saved;
    private bool _favourite;

    [Parameter] public Guid Id { get; set; }

    [Inject] public required IStudioApi Api { get; init; }

    private bool CanEdit => _project?.Role.CanEdit() == true;

    protected override async Task OnParametersSetAsync()
    {
        (_prompt, _project, _diff, _diffClips, _editFrom, _saved) = (null, null, null, null, null, null);
        if (!await _load.TryAsync(async () =>
            {
                _prompt = await Api.GetPromptAsync(Id);
                var me = await Api.GetMeAsync();
                _project = me.Projects.FirstOrDefault(p => p.Id == _prompt.ProjectId);
                _names = new PersonNames(new Dictionary<Guid, string> { [me.User.Id] = me.User.DisplayName });
                _favourite = (await Api.GetFavouritesAsync()).PromptIds.Contains(Id);
            }))
            return;
        await LoadNamesAsync();
    }

    /// <summary>Names for the authors and label movers: the team's members. Without them (a public prompt of another team) ids are shown.</summary>
    private async Task LoadNamesAsync()
    {
        if (_project is not { } project)
            return;
        var names = new ApiCallErrors();
        await names.TryAsync(async () =>
        {
            var team = await Api.GetTeamAsync(project.TeamId);
            _names = new PersonNames(team.Members.ToDictionary(m => m.UserId, m => m.DisplayName));
        });
    }

    private Task ReloadAsync() => _load.TryAsync(async () => _prompt = await Api.GetPromptAsync(Id));

    private Task DiffAsync((int From, int To) versions) =>
        _action.TryAsync(async () =>
        {
            _diff = await Api.DiffPromptAsync(Id, versions.From, versions.To);
            var (a, b) = (await LatestClipOfAsync(versions.From), await LatestClipOfAsync(versions.To));
            _diffClips = a is not null && b is not null ? (a.Value, b.Value) : null;
        });

    /// <summary>The newest finished clip generated from a version, to compare what the two texts make.</summary>
    private async Task<Guid?> LatestClipOfAsync(int version) =>
        (await Api.SearchClipsAsync(new ClipSearch(PromptId: Id, PromptVersion: version), limit: 10)).Items.FirstOrDefault(g => g.Clip is not null)?.Id;

    private void Edit(int version)
    {
        _editFrom = version;
        _saved = null;
    }

    private void CloseEditor() => _editFrom = null;

    private async Task SavedAsync(PromptVersionView saved)
    {
        _saved = saved;
        _editFrom = null;
        await ReloadAsync();
    }

    private async Task ToggleFavouriteAsync()
    {
        var wanted = !_favourite;
        if (await _action.TryAsync(() => Api.SetFavouriteAsync(FavouriteKind.Prompts, Id, wanted)))
            _favourite = wanted;
    }
}
