using Reelwright.Web.Studio;

namespace Reelwright.ComponentTests.Fakes;

/// <summary>The prompt calls of the fake API: prompts kept in memory, saves and label moves applied to them, every call recorded.</summary>
public sealed partial class FakeStudioApi
{
    public Dictionary<Guid, PromptView> Prompts { get; } = [];

    public List<(Guid ProjectId, string Name, PromptVersionDraft FirstVersion)> CreatedPrompts { get; } = [];

    public List<(Guid PromptId, PromptVersionDraft Draft)> SavedPromptVersions { get; } = [];

    /// <summary>When set, the next saves are refused with these field errors, the way a 400 comes back.</summary>
    public IReadOnlyDictionary<string, string[]>? SaveRefusal { get; set; }

    public List<(Guid PromptId, string Label, int Version)> LabelMoves { get; } = [];

    /// <summary>Each label's recorded moves, oldest first; moves made through the fake are added.</summary>
    public Dictionary<(Guid PromptId, string Label), List<LabelMoveView>> LabelHistories { get; } = [];

    /// <summary>Diffs by (prompt, from, to); an unset one is answered with no changes.</summary>
    public Dictionary<(Guid PromptId, int From, int To), PromptDiffView> Diffs { get; } = [];

    public List<(Guid PromptId, int From, int To)> DiffRequests { get; } = [];

    public List<(PromptFilter Filter, string? Cursor)> PromptSearches { get; } = [];

    public PromptPageView FirstPromptPage { get; set; } = new([], null);

    /// <summary>Search pages by the cursor that asks for them.</summary>
    public Dictionary<string, PromptPageView> PromptPagesAfter { get; } = [];


    public Task<PromptView> CreatePromptAsync(Guid projectId, string name, PromptVersionDraft firstVersion, CancellationToken ct = default)
    {
        CreatedPrompts.Add((projectId, name, firstVersion));
        ThrowIfUnreachable();
        var first = new PromptVersionView(1, null, firstVersion.Text, firstVersion.NegativeText, firstVersion.ModelId ?? Sample.Model.Id,
            firstVersion.Seed, firstVersion.Steps, firstVersion.Guidance, firstVersion.Message, Sample.User.Id, Sample.Noon, firstVersion.Variables);
        var prompt = new PromptView(Guid.NewGuid(), projectId, name, GenerationVisibility.Team, Sample.Noon, [first], []);
        Prompts[prompt.Id] = prompt;
        return Task.FromResult(prompt);
    }

    public Task<PromptView> GetPromptAsync(Guid promptId, string? label = null, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        return Task.FromResult(Prompts[promptId]);
    }

    public Task<PromptSaveResult> SavePromptVersionAsync(Guid promptId, PromptVersionDraft draft, CancellationToken ct = default)
    {
        SavedPromptVersions.Add((promptId, draft));
        ThrowIfUnreachable();
        if (SaveRefusal is { } errors)
            return Task.FromResult(PromptSaveResult.Rejected(errors));
        var prompt = Prompts[promptId];
        var number = prompt.Versions.Max(v => v.Number) + 1;
        var saved = new PromptVersionView(number, draft.ParentVersion ?? number - 1, draft.Text, draft.NegativeText, draft.ModelId ?? Sample.Model.Id,
            draft.Seed, draft.Steps, draft.Guidance, draft.Message, Sample.User.Id, Sample.Noon.AddMinutes(number), draft.Variables);
        Prompts[promptId] = prompt with { Versions = [.. prompt.Versions, saved] };
        return Task.FromResult(PromptSaveResult.Saved(saved));
    }

    public Task<PromptLabelView> MoveLabelAsync(Guid promptId, string label, int version, CancellationToken ct = default)
    {
        LabelMoves.Add((promptId, label, version));
        ThrowIfUnreachable();
        var prompt = Prompts[promptId];
        var movedAt = Sample.Noon.AddHours(LabelMoves.Count);
        var from = prompt.Labels.FirstOrDefault(l => l.Name == label)?.Version;
        var moved = new PromptLabelView(label, version, Sample.User.Id, movedAt);
        Prompts[promptId] = prompt with { Labels = [.. prompt.Labels.Where(l => l.Name != label).Append(moved).OrderBy(l => l.Name)] };
        HistoryOf(promptId, label).Add(new LabelMoveView(label, from, version, Sample.User.Id, movedAt));
        return Task.FromResult(moved);
    }

    public Task<IReadOnlyList<LabelMoveView>> GetLabelMovesAsync(Guid promptId, string label, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        return Task.FromResult<IReadOnlyList<LabelMoveView>>([.. HistoryOf(promptId, label)]);
    }

    public Task<PromptDiffView> DiffPromptAsync(Guid promptId, int fromVersion, int toVersion, CancellationToken ct = default)
    {
        DiffRequests.Add((promptId, fromVersion, toVersion));
        ThrowIfUnreachable();
        return Task.FromResult(Diffs.GetValueOrDefault((promptId, fromVersion, toVersion), new PromptDiffView(fromVersion, toVersion, [], [], [])));
    }

    public Task<PromptPageView> SearchPromptsAsync(PromptFilter filter, string? cursor = null, int limit = 20, CancellationToken ct = default)
    {
        PromptSearches.Add((filter, cursor));
        ThrowIfUnreachable();
        return Task.FromResult(cursor is null ? FirstPromptPage : PromptPagesAfter[cursor]);
    }

    private List<LabelMoveView> HistoryOf(Guid promptId, string label) =>
        LabelHistories.TryGetValue((promptId, label), out var moves) ? moves : LabelHistories[(promptId, label)] = [];
}
