using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Workspace;

/// <summary>The recipe editor. Generate (or Ctrl+Enter anywhere in the form) asks the page to submit.</summary>
public partial class PromptForm
{
    [Parameter, EditorRequired] public required WorkspaceForm Form { get; set; }

    [Parameter] public IReadOnlyList<ModelView> Models { get; set; } = [];

    /// <summary>Complaints keyed by the API's field names; "" holds those about the request as a whole.</summary>
    [Parameter] public IReadOnlyDictionary<string, string[]> Errors { get; set; } = new Dictionary<string, string[]>();

    [Parameter] public bool Submitting { get; set; }

    [Parameter] public EventCallback OnGenerate { get; set; }

    private ModelView? SelectedModel => Models.FirstOrDefault(m => m.Id == Form.ModelId);

    private string HasError(string field) => Errors.ContainsKey(field) ? "true" : "false";

    private Task OnSubmit() => Submitting ? Task.CompletedTask : OnGenerate.InvokeAsync();

    private Task OnKeyDown(KeyboardEventArgs e) =>
        e is { CtrlKey: true, Key: "Enter" } or { MetaKey: true, Key: "Enter" } ? OnSubmit() : Task.CompletedTask;
}
