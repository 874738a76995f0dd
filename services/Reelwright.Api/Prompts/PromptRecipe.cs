using Reelwright.Api.Generations;
using Reelwright.Data.Prompts;

namespace Reelwright.Api.Prompts;

/// <summary>What a prompt version fixes about a generation: its text, negative text, model and parameters.</summary>
public sealed record PromptRecipe(string Text, string NegativeText, string ModelId, long? Seed, int? Steps, double? Guidance)
{
    public static PromptRecipe Of(SubmitGenerationRequest request) => new(
        request.Prompt!.Trim(), request.NegativePrompt?.Trim() ?? "", GenerationRequestValidator.ModelIdOf(request), request.Seed, request.Steps, request.Guidance);

    public static PromptRecipe Of(PromptVersion version) =>
        new(version.Text, version.NegativeText, version.ModelId, version.Seed, version.Steps, version.Guidance);

    public SavePromptVersionRequest ToSaveRequest(int parentVersion, string message) =>
        new(Text, NegativeText, ModelId, Seed, Steps, Guidance, message, parentVersion);
}
