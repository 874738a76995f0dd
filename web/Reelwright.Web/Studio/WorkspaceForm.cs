using System.Globalization;

namespace Reelwright.Web.Studio;

/// <summary>The workspace form's editable state. Seed is text so it can be left empty, meaning "pick one for me".</summary>
public sealed class WorkspaceForm
{
    public string Prompt { get; set; } = "";
    public string NegativePrompt { get; set; } = "";
    public string Seed { get; set; } = "";
    public int Steps { get; set; }
    public double Guidance { get; set; }
    public string ModelId { get; set; } = "";

    /// <summary>Whether the chosen model walks through still images; the four settings below apply only then.</summary>
    public bool IsLatentWalk { get; private set; }
    public string Scheduler { get; set; } = "";
    public int Keyframes { get; set; }
    public int FramesBetween { get; set; }
    public string EndPrompt { get; set; } = "";

    /// <summary>Where new clips go, and so which project's history the page shows; null for none.</summary>
    public Guid? ProjectId { get; set; }
    public GenerationVisibility Visibility { get; set; } = GenerationVisibility.Team;

    /// <summary>The clip the next one is a new version of, if any; like the project, loading a recipe leaves it as it is.</summary>
    public Guid? ParentGenerationId { get; set; }

    /// <summary>The prompt version the form was opened from; Generate links the clip to it (or to the version a change saves).</summary>
    public Guid? PromptId { get; set; }
    public int? PromptVersion { get; set; }

    /// <summary>The published clip being remixed, if any; like the parent, loading a recipe leaves it as it is.</summary>
    public Guid? RemixOfId { get; set; }

    public void ApplyDefaults(ModelView model)
    {
        ModelId = model.Id;
        Steps = model.DefaultSteps;
        Guidance = model.DefaultGuidance;
        IsLatentWalk = model.IsLatentWalk;
        Scheduler = model.DefaultScheduler ?? "";
        Keyframes = model.DefaultKeyframes ?? 0;
        FramesBetween = model.DefaultFramesBetween ?? 0;
    }

    /// <summary>
    /// Loads a clip's recipe back into the form, seed included, so Generate reproduces it, and the prompt version it
    /// came from. The project stays as picked: it is where the user is working (and what the history shows), not part
    /// of what the clip looks like.
    /// </summary>
    public void Load(GenerationRecipe recipe)
    {
        Prompt = recipe.Prompt;
        NegativePrompt = recipe.NegativePrompt;
        Seed = recipe.Seed?.ToString(CultureInfo.InvariantCulture) ?? "";
        Steps = recipe.Steps;
        Guidance = recipe.Guidance;
        ModelId = recipe.ModelId;
        IsLatentWalk = recipe.Keyframes is not null;
        Scheduler = recipe.Scheduler ?? "";
        Keyframes = recipe.Keyframes ?? 0;
        FramesBetween = recipe.FramesBetween ?? 0;
        EndPrompt = recipe.EndPrompt ?? "";
        Visibility = recipe.Visibility;
        PromptId = recipe.PromptId;
        PromptVersion = recipe.PromptVersion;
    }

    /// <summary>The recipe to submit, or the seed field's complaint when it is not a whole number.</summary>
    public GenerationRecipe? ToRecipe(out string? seedError)
    {
        seedError = null;
        long? seed = null;
        if (!string.IsNullOrWhiteSpace(Seed))
        {
            if (!long.TryParse(Seed.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                seedError = "Seed must be a whole number, or empty for a random one.";
                return null;
            }
            seed = parsed;
        }

        return IsLatentWalk
            ? new GenerationRecipe(Prompt, NegativePrompt, seed, Steps, Guidance, ModelId, Scheduler, Keyframes, FramesBetween,
                string.IsNullOrWhiteSpace(EndPrompt) ? null : EndPrompt, ProjectId, Visibility, ParentGenerationId, PromptId, PromptVersion, RemixOfId)
            : new GenerationRecipe(Prompt, NegativePrompt, seed, Steps, Guidance, ModelId, ProjectId: ProjectId, Visibility: Visibility,
                ParentGenerationId: ParentGenerationId, PromptId: PromptId, PromptVersion: PromptVersion, RemixOfId: RemixOfId);
    }
}
