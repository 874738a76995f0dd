namespace Reelwright.Web.Studio;

/// <summary>A setting that differs between two prompt versions (modelId, seed, steps, guidance, variables), as text; null when unset.</summary>
public sealed record ParameterChangeView(string Field, string? Before, string? After);
