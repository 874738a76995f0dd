namespace Reelwright.Api.Sweeps.Templates;

/// <summary>
/// One prompt of a sweep and the value each axis took to make it: variables by name, inline groups as "alt1", "alt2", …,
/// in the template's order of first appearance.
/// </summary>
public sealed record ExpandedPrompt(string Text, IReadOnlyDictionary<string, string> Values);
