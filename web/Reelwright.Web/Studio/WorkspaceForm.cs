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

    public void ApplyDefaults(ModelView model)
    {
        ModelId = model.Id;
        Steps = model.DefaultSteps;
        Guidance = model.DefaultGuidance;
    }

    /// <summary>Loads a clip's recipe back into the form, seed included, so Generate reproduces it.</summary>
    public void Load(GenerationRecipe recipe)
    {
        Prompt = recipe.Prompt;
        NegativePrompt = recipe.NegativePrompt;
        Seed = recipe.Seed?.ToString(CultureInfo.InvariantCulture) ?? "";
        Steps = recipe.Steps;
        Guidance = recipe.Guidance;
        ModelId = recipe.ModelId;
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
        return new GenerationRecipe(Prompt, NegativePrompt, seed, Steps, Guidance, ModelId);
    }
}
