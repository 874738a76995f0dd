namespace Reelwright.Api.Sweeps.Templates;

/// <summary>
/// An inline <c>{a|b|c}</c> group, one prompt per option. <paramref name="Name"/> is "alt1", "alt2", … in order of
/// appearance; it is the key under which <see cref="ExpandedPrompt.Values"/> records the option taken.
/// </summary>
public sealed record AlternativeGroup(string Name, IReadOnlyList<string> Options) : TemplateSegment;
