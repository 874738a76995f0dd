using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Workspace;

/// <summary>The recipe editor. Generate (or Ctrl+Enter anywhere in the form) asks the page to submit.</summary>
public partial class PromptForm
{
    [Parameter, EditorRequired] public required WorkspaceForm Form { get; set; }

    [Parameter] public IReadOnlyList<ModelView> Models { get; set; } = [];

    /// <summary>The projects new clips may go into (those the user edits).</summary>
    [Parameter] public IReadOnlyList<ProjectView> Projects { get; set; } = [];

    /// <summary>Complaints keyed by the API's field names; "" holds those about the request as a whole.</summary>
    [Parameter] public IReadOnlyDictionary<string, string[]> Errors { get; set; } = new Dictionary<string, string[]>();

    [Parameter] public bool Submitting { get; set; }

    [Parameter] public EventCallback OnGenerate { get; set; }

    /// <summary>Another model was picked; the page resets steps and guidance to that model's defaults.</summary>
    [Parameter] public EventCallback<string> OnModelChanged { get; set; }

    /// <summary>Another project (or none) was picked; the page shows that project's history.</summary>
    [Parameter] public EventCallback<Guid?> OnProjectChanged { get; set; }

    private static readonly string[] FieldNames =
        ["prompt", "negativePrompt", "modelId", "seed", "steps", "guidance", "scheduler", "keyframes", "framesBetween", "endPrompt", "projectId", "visibility"];

    private ModelView? SelectedModel => Models.FirstOrDefault(m => m.Id == Form.ModelId);

    // Each keyframe and each frame between is one sampled image.
    private int FrameCount => Form.Keyframes + Math.Max(0, Form.Keyframes - 1) * Form.FramesBetween;

    /// <summary>Complaints not about one of the fields above (the request as a whole, a header): shown by the button.</summary>
    private Dictionary<string, string[]> GeneralErrors =>
        new() { [""] = [.. Errors.Where(e => !FieldNames.Contains(e.Key)).SelectMany(e => e.Value)] };

    private Task ChangeModelAsync(ChangeEventArgs e) => OnModelChanged.InvokeAsync(e.Value as string ?? "");

    private Task ChangeProjectAsync(ChangeEventArgs e) =>
        OnProjectChanged.InvokeAsync(Guid.TryParse(e.Value as string, out var projectId) ? projectId : null);

    private string HasError(string field) => Errors.ContainsKey(field) ? "true" : "false";

    private Task OnSubmit() => Submitting ? Task.CompletedTask : OnGenerate.InvokeAsync();

    private Task OnKeyDown(KeyboardEventArgs e) =>
        e is { CtrlKey: true, Key: "Enter" } or { MetaKey: true, Key: "Enter" } ? OnSubmit() : Task.CompletedTask;
}
