using Reelwright.Api.Prompts.Diff;
using Reelwright.Data.Generations;
using Reelwright.Data.Prompts;

namespace Reelwright.Api.Prompts;

/// <param name="ParentNumber">The version it was edited from: the tree's edge (several children make branches).</param>
/// <param name="Variables">Named variable sets for the text's {{placeholders}}; empty when it has none.</param>
public sealed record PromptVersionResponse(int Number, int? ParentNumber, string Text, string NegativeText, string ModelId, long? Seed, int? Steps,
    double? Guidance, string? Message, Guid AuthorId, DateTimeOffset CreatedAt, IReadOnlyDictionary<string, List<string>> Variables)
{
    public static PromptVersionResponse From(PromptVersion v) =>
        new(v.Number, v.ParentNumber, v.Text, v.NegativeText, v.ModelId, v.Seed, v.Steps, v.Guidance, v.Message, v.AuthorId, v.CreatedAt, PromptVariables.FromJson(v.Variables));
}

public sealed record PromptLabelResponse(string Name, int Version, Guid MovedBy, DateTimeOffset MovedAt);

/// <param name="Versions">Every version, oldest first; with ?label=… only the labelled one.</param>
/// <param name="Resolved">The version the requested label points at (GET with ?label=…), so a script can always render it.</param>
public sealed record PromptResponse(Guid Id, Guid ProjectId, string Name, Visibility Visibility, DateTimeOffset CreatedAt,
    IReadOnlyList<PromptVersionResponse> Versions, IReadOnlyList<PromptLabelResponse> Labels, PromptVersionResponse? Resolved);

public sealed record LabelMoveResponse(string Label, int? FromVersion, int ToVersion, Guid MovedBy, DateTimeOffset MovedAt);

public sealed record ParameterChange(string Field, string? Before, string? After);

public sealed record PromptDiffResponse(int From, int To, IReadOnlyList<DiffPiece> Text, IReadOnlyList<DiffPiece> NegativeText, IReadOnlyList<ParameterChange> Parameters);
