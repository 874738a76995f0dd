namespace Reelwright.Api.Prompts;

/// <param name="Text">The prompt itself (1 to 2000 characters).</param>
/// <param name="Message">Why this version, in a few words (optional).</param>
/// <param name="Variables">Named variable sets for the text's {{placeholders}}, e.g. {"colour": ["red", "blue"]}; a sweep of this version expands them.</param>
public sealed record SavePromptVersionRequest(
    string? Text, string? NegativeText = null, string? ModelId = null, long? Seed = null, int? Steps = null, double? Guidance = null,
    string? Message = null, int? ParentVersion = null, Dictionary<string, List<string>>? Variables = null);

/// <param name="Visibility">Private, Team (default) or Public.</param>
public sealed record CreatePromptRequest(Guid? ProjectId, string? Name, SavePromptVersionRequest? FirstVersion, string? Visibility = null);

public sealed record MoveLabelRequest(int? Version);
