using Microsoft.AspNetCore.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Prompts;

/// <summary>
/// Edits a new version starting from <see cref="Parent"/>'s texts and variables. The save names Parent as the new
/// version's parent, so editing an older version starts a branch; its settings (model, seed, steps, guidance) carry over.
/// </summary>
public partial class VersionEditor
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();
    private static readonly string[] FormFields = ["text", "negativeText", "variables", "message"];

    private int? _loadedFrom;
    private string _text = "";
    private string _negativeText = "";
    private string _variables = "";
    private string _message = "";
    private IReadOnlyDictionary<string, string[]> _errors = NoErrors;
    private Exception? _failure;
    private bool _saving;

    [Parameter, EditorRequired] public required Guid PromptId { get; set; }

    [Parameter, EditorRequired] public required PromptVersionView Parent { get; set; }

    [Parameter] public EventCallback<PromptVersionView> OnSaved { get; set; }

    [Parameter] public EventCallback OnClose { get; set; }

    [Inject] public required IStudioApi Api { get; init; }

    protected override void OnParametersSet()
    {
        // A different version picked starts over from it; a re-render for the same one keeps what is being typed.
        if (_loadedFrom == Parent.Number)
            return;
        _loadedFrom = Parent.Number;
        _text = Parent.Text;
        _negativeText = Parent.NegativeText;
        _variables = PromptVariablesText.Write(Parent.Variables);
        _message = "";
        _errors = NoErrors;
        _failure = null;
    }

    private async Task SaveAsync()
    {
        _failure = null;
        var (variables, unreadable) = PromptVariablesText.Read(_variables);
        if (unreadable is not null)
        {
            _errors = new Dictionary<string, string[]> { ["variables"] = [unreadable] };
            return;
        }

        _saving = true;
        try
        {
            var draft = PromptVersionDraft.From(Parent, _text, _negativeText, variables, string.IsNullOrWhiteSpace(_message) ? null : _message.Trim());
            var result = await Api.SavePromptVersionAsync(PromptId, draft);
            _errors = ByFormField(result.Errors);
            if (result.Version is { } saved)
                await OnSaved.InvokeAsync(saved);
        }
        catch (StudioProblemException e)
        {
            _errors = ByFormField(e.Errors);
        }
        catch (Exception e) when (StudioApiErrors.IsReportable(e))
        {
            _failure = e;
        }
        finally
        {
            _saving = false;
        }
    }

    /// <summary>
    /// The API keys a variable's complaint variables.NAME and a missing parent parentVersion; they are shown under the
    /// variables box (named) and by the button, with the rest beside their fields.
    /// </summary>
    private static IReadOnlyDictionary<string, string[]> ByFormField(IReadOnlyDictionary<string, string[]> errors)
    {
        var shown = new Dictionary<string, List<string>>();
        foreach (var (key, messages) in errors)
        {
            var (field, prefix) = key.StartsWith("variables.", StringComparison.Ordinal) ? ("variables", key["variables.".Length..] + ": ")
                : FormFields.Contains(key) ? (key, "")
                : ("", "");
            if (!shown.TryGetValue(field, out var list))
                shown[field] = list = [];
            list.AddRange(messages.Select(m => prefix + m));
        }
        return shown.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    private string Invalid(string field) => _errors.ContainsKey(field) ? "true" : "false";
}
