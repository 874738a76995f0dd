using System.Globalization;
using Microsoft.AspNetCore.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Pages.Sweeps;

/// <summary>
/// Queues a sweep: a template (or a prompt's versions) times the listed seeds, guidance values and steps, with the
/// number of cells counted as the user types. The API checks everything before queuing anything; its complaints are
/// shown beside the fields they are about. Opened with ?prompt=&amp;version= (from a prompt), it sweeps that prompt's
/// versions, starting from the one given; ?project= picks where the clips go.
/// </summary>
public partial class NewSweep
{
    // Where each field shows the API's complaints: its own key and the keys that mean it (the cells' "prompt" is the template's).
    private static readonly Dictionary<string, string[]> ShownAt = new()
    {
        ["name"] = ["name"], ["template"] = ["template", "prompt"], ["variables"] = ["variables"], ["negativePrompt"] = ["negativePrompt"],
        ["modelId"] = ["modelId"], ["seeds"] = ["seeds", "seed"], ["guidance"] = ["guidance"], ["steps"] = ["steps"], ["axes"] = ["axes"],
        ["projectId"] = ["projectId"], ["cells"] = ["cells"], ["promptVersions"] = ["promptVersions", "promptId", "version"],
    };

    private readonly SweepForm _form = new();
    private IReadOnlyList<ModelView> _models = [];
    private PromptView? _prompt;
    private IReadOnlyList<ProjectView> _projects = [];
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private Exception? _loadError;
    private bool _submitting;

    [SupplyParameterFromQuery(Name = "project")] public Guid? ProjectId { get; set; }

    [SupplyParameterFromQuery(Name = "prompt")] public Guid? PromptId { get; set; }

    [SupplyParameterFromQuery(Name = "version")] public int? PromptVersion { get; set; }

    [Inject] public required IStudioApi Api { get; init; }

    [Inject] public required NavigationManager Navigation { get; init; }

    /// <summary>The listed versions the prompt has, so the user sees what each cell's text starts from.</summary>
    private IEnumerable<PromptVersionView> ListedVersions =>
        _prompt is null ? [] : _form.PromptVersions.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => int.TryParse(n, CultureInfo.InvariantCulture, out var number) ? _prompt.Version(number) : null).OfType<PromptVersionView>();

    private string CellCountText => (_form.CellCount, _form.PromptId) switch
    {
        (null, _) => "Cells: not countable yet; finish the template, variables and lists.",
        ({ } count, not null) => $"At least {count} {Cells(count)}, more where a version has variables.",
        ({ } count, null) => $"{count} {Cells(count)}",
    };

    protected override async Task OnInitializedAsync()
    {
        _form.ProjectId = ProjectId;
        _form.PromptId = PromptId;
        _form.PromptVersions = PromptVersion?.ToString(CultureInfo.InvariantCulture) ?? "";
        try
        {
            _models = await Api.GetModelsAsync();
            _form.ModelId = _models.FirstOrDefault()?.Id ?? "";
            // Only projects the user may generate in can be picked; the API would refuse the others.
            _projects = [.. (await Api.GetMeAsync()).Projects.Where(p => p.Role.CanEdit())];
            if (PromptId is { } promptId)
            {
                _prompt = await Api.GetPromptAsync(promptId);
                _form.ProjectId ??= _prompt.ProjectId;
            }
        }
        catch (StudioProblemException e)
        {
            // A prompt that is gone or not the user's: the form says why, and a template can still be written.
            _errors = e.Errors;
        }
        catch (Exception e) when (StudioApiErrors.IsReportable(e))
        {
            _loadError = e;
        }
    }

    private async Task CreateAsync()
    {
        if (_submitting)
            return;
        var request = _form.ToRequest(out var typingErrors);
        _errors = typingErrors;
        if (request is null)
            return;

        _submitting = true;
        try
        {
            var result = await Api.CreateSweepAsync(request);
            _errors = result.Errors;
            if (result.Sweep is { } sweep)
                Navigation.NavigateTo($"sweeps/{sweep.Id}");
        }
        catch (StudioSessionEndedException e)
        {
            _loadError = e;
        }
        catch (Exception e) when (StudioApiErrors.IsReportable(e))
        {
            _errors = new Dictionary<string, string[]> { [""] = [StudioApiErrors.Describe(e)] };
        }
        finally
        {
            _submitting = false;
        }
    }

    private void ChangeProject(ChangeEventArgs e) =>
        _form.ProjectId = Guid.TryParse(e.Value as string, out var projectId) ? projectId : null;

    private void UseTemplate()
    {
        _form.PromptId = null;
        _form.PromptVersions = "";
    }

    /// <summary>The complaints a field shows: under its key, one that means it, or one about a part of it ("variables.colour").</summary>
    private Dictionary<string, string[]> For(string field) =>
        new() { [field] = [.. _errors.Where(e => IsAbout(e.Key, ShownAt[field])).SelectMany(e => e.Value)] };

    /// <summary>Complaints about no field shown here (the request as a whole, visibility): shown by the button.</summary>
    private Dictionary<string, string[]> GeneralErrors =>
        new() { [""] = [.. _errors.Where(e => !ShownAt.Values.Any(keys => IsAbout(e.Key, keys))).SelectMany(e => e.Value)] };

    private string Invalid(string field) => For(field)[field].Length > 0 ? "true" : "false";

    private static bool IsAbout(string key, string[] fieldKeys) =>
        fieldKeys.Any(f => key == f || key.StartsWith(f + ".", StringComparison.Ordinal) || key.StartsWith(f + "[", StringComparison.Ordinal));

    private string ModelDefault(Func<ModelView, object> value) =>
        _models.FirstOrDefault(m => m.Id == _form.ModelId) is { } model
            ? $"model default ({Convert.ToString(value(model), CultureInfo.InvariantCulture)})"
            : "model default";

    private static string Cells(long count) => count == 1 ? "cell" : "cells";
}
