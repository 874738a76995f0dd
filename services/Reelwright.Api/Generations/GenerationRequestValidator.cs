using Reelwright.Models;

namespace Reelwright.Api.Generations;

/// <summary>Checks a recipe against the model it names. Errors are keyed by the request field at fault.</summary>
public sealed class GenerationRequestValidator(ModelCatalog models)
{
    public const string DefaultModelId = "minisora-shapes";
    public const long MaxSeed = uint.MaxValue;
    public const int MaxPromptCharacters = 1000;

    public static string ModelIdOf(SubmitGenerationRequest request) => request.ModelId ?? DefaultModelId;

    public Dictionary<string, string[]> Validate(SubmitGenerationRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var modelId = ModelIdOf(request);
        if (!models.TryGet(modelId, out var model))
        {
            errors["modelId"] = [$"Unknown model '{modelId}'. Known models: {string.Join(", ", models.All.Select(m => m.Id))}."];
            return errors; // every other limit depends on the model
        }

        ValidatePrompt(errors, "prompt", request.Prompt, model, required: true);
        ValidatePrompt(errors, "negativePrompt", request.NegativePrompt, model, required: false);

        if (request.Seed is < 0 or > MaxSeed)
            errors["seed"] = [$"Seed must be between 0 and {MaxSeed}."];
        if (request.Steps is { } steps && !model.Limits.AllowsSteps(steps))
            errors["steps"] = [$"Steps must be between {model.Limits.MinSteps} and {model.Limits.MaxSteps} for {model.Id}."];
        if (request.Guidance is { } guidance && !model.Limits.AllowsGuidance(guidance))
            errors["guidance"] = [$"Guidance must be between {model.Limits.MinGuidance} and {model.Limits.MaxGuidance} for {model.Id}."];
        return errors;
    }

    private static void ValidatePrompt(Dictionary<string, string[]> errors, string field, string? text, ModelManifest model, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
                errors[field] = ["Write a prompt: it cannot be empty."];
            return;
        }

        if (text.Length > MaxPromptCharacters)
            errors[field] = [$"At most {MaxPromptCharacters} characters."];
        else if (PromptTokenizer.CountTokens(text) is var tokens && tokens > model.MaxPromptTokens)
            errors[field] = [$"{model.DisplayName} reads at most {model.MaxPromptTokens} words; this has {tokens}. Shorten it so no words are silently dropped."];
    }
}
