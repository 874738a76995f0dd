using System.Text.Json;

namespace Reelwright.Api.Prompts;

/// <summary>A template's named variable sets ({"colour": ["red", "blue"]}) as stored with a prompt version: JSON, or null for none.</summary>
public static class PromptVariables
{
    public static string? ToJson(IReadOnlyDictionary<string, List<string>>? variables) =>
        variables is null || variables.Count == 0 ? null : JsonSerializer.Serialize(variables.OrderBy(v => v.Key, StringComparer.Ordinal).ToDictionary());

    public static Dictionary<string, List<string>> FromJson(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<Dictionary<string, List<string>>>(json) ?? [];

    /// <summary>One line per variable, "colour = red | blue", for the diff's parameter table.</summary>
    public static string? Describe(string? json) =>
        json is null ? null : string.Join("; ", FromJson(json).Select(v => $"{v.Key} = {string.Join(" | ", v.Value)}"));
}
