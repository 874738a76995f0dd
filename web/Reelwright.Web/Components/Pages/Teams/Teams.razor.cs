using Microsoft.AspNetCore.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Pages.Teams;

/// <summary>The user's teams, and the place to start a new one (its creator becomes its owner).</summary>
public partial class Teams
{
    private readonly ApiCallErrors _load = new();
    private readonly ApiCallErrors _create = new();
    private IReadOnlyList<TeamSummaryView> _teams = [];
    private string _newName = "";

    [Inject] public required IStudioApi Api { get; init; }

    [Inject] public required NavigationManager Navigation { get; init; }

    protected override Task OnInitializedAsync() => _load.TryAsync(async () => _teams = (await Api.GetMeAsync()).Teams);

    private async Task CreateAsync()
    {
        TeamSummaryView? team = null;
        if (await _create.TryAsync(async () => team = await Api.CreateTeamAsync(_newName.Trim())))
            Navigation.NavigateTo($"teams/{team!.Id}");
    }
}
