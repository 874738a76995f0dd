using Microsoft.AspNetCore.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Pages.Sweeps;

/// <summary>The sweeps the user can see, newest first, with their progress; each opens its contact sheet.</summary>
public partial class SweepList
{
    private readonly ApiCallErrors _load = new();
    private IReadOnlyList<SweepView>? _sweeps;

    [Inject] public required IStudioApi Api { get; init; }

    /// <summary>Only this project's sweeps; without it, every sweep the user can see.</summary>
    [SupplyParameterFromQuery(Name = "project")] public Guid? ProjectId { get; set; }

    protected override Task OnParametersSetAsync() => _load.TryAsync(async () => _sweeps = await Api.GetSweepsAsync(ProjectId));
}
