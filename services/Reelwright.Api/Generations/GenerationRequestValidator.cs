using Reelwright.Api.Models;
using Reelwright.Models;

namespace Reelwright.Api.Generations;

/// <summary>Checks a recipe against the model it names. Errors are keyed by the request field at fault.</summary>
public sealed class GenerationRequestValidator(ModelCatalog models, PromptTokenCounter tokens)
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

        if (model.IsStableDiffusion)
            ValidateLatentWalk(errors, request, model);
        else
            RefuseLatentWalk(errors, request, model);
        return errors;
    }

    private void ValidateLatentWalk(Dictionary<string, string[]> errors, SubmitGenerationRequest request, ModelManifest model)
    {
        var scheduler = request.Scheduler ?? model.Defaults.Scheduler;
        if (!model.Schedulers.Contains(scheduler))
            errors["scheduler"] = [$"Unknown scheduler '{scheduler}' for {model.Id}. Choose one of: {string.Join(", ", model.Schedulers)}."];
        // LCM picks its steps from the schedule it was distilled on, so it cannot take more than that has.
        else if (scheduler == "lcm" && (request.Steps ?? model.Defaults.Steps) is var steps && steps > model.StableDiffusion!.LcmOriginalSteps)
            errors["steps"] = [$"The lcm scheduler takes at most {model.StableDiffusion.LcmOriginalSteps} steps for {model.Id}; this asks for {steps}."];
        if (request.Keyframes is { } keyframes && !model.Limits.AllowsKeyframes(keyframes))
            errors["keyframes"] = [$"Keyframes must be between 2 and {model.Limits.MaxKeyframes} for {model.Id}."];
        if (request.FramesBetween is { } between && !model.Limits.AllowsFramesBetween(between))
            errors["framesBetween"] = [$"Frames between keyframes must be between 0 and {model.Limits.MaxFramesBetween} for {model.Id}."];
        ValidatePrompt(errors, "endPrompt", request.EndPrompt, model, required: false);
    }

    // Silently ignoring them would record a recipe that did not do what it says.
    private static void RefuseLatentWalk(Dictionary<string, string[]> errors, SubmitGenerationRequest request, ModelManifest model)
    {
        var onlyForStableDiffusion = $"Applies to Stable Diffusion models only; {model.Id} makes its {model.MiniSora?.Frames}-frame clips with its own sampler. Leave it out.";
        if (request.Scheduler is not null)
            errors["scheduler"] = [onlyForStableDiffusion];
        if (request.Keyframes is not null)
            errors["keyframes"] = [onlyForStableDiffusion];
        if (request.FramesBetween is not null)
            errors["framesBetween"] = [onlyForStableDiffusion];
        if (request.EndPrompt is not null)
            errors["endPrompt"] = [onlyForStableDiffusion];
    }

    private void ValidatePrompt(Dictionary<string, string[]> errors, string field, string? text, ModelManifest model, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
                errors[field] = ["Write a prompt: it cannot be empty."];
            return;
        }

        if (text.Length > MaxPromptCharacters)
            errors[field] = [$"At most {MaxPromptCharacters} characters."];
        else if (tokens.Count(model, text) is var count && count > model.MaxPromptTokens)
            errors[field] = [$"{model.DisplayName} reads at most {model.MaxPromptTokens} {PromptTokenCounter.UnitOf(model)}; this has {count}. Shorten it so nothing is silently dropped."];
    }
}
