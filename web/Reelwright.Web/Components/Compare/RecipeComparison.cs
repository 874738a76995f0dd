using System.Globalization;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Compare;

/// <summary>
/// The settings of two generations, row by row. The core of a recipe (prompt, model, seed, steps, guidance) always
/// shows; the rest only when either clip uses it, so a plain MiniSora pair is not padded with empty latent-walk rows.
/// </summary>
public static class RecipeComparison
{
    private const string None = "—";

    public static IReadOnlyList<RecipeRow> Rows(GenerationView a, GenerationView b)
    {
        List<RecipeRow> rows =
        [
            Row("prompt", "Prompt", a.Prompt, b.Prompt),
            Row("modelId", "Model", a.ModelId, b.ModelId),
            Row("seed", "Seed", Number(a.Seed), Number(b.Seed)),
            Row("steps", "Steps", Number(a.Steps), Number(b.Steps)),
            Row("guidance", "Guidance", a.Guidance.ToString("0.###", CultureInfo.InvariantCulture), b.Guidance.ToString("0.###", CultureInfo.InvariantCulture)),
        ];
        AddIfUsed(rows, "negativePrompt", "Negative prompt", Text(a.NegativePrompt), Text(b.NegativePrompt));
        AddIfUsed(rows, "scheduler", "Scheduler", Text(a.Scheduler), Text(b.Scheduler));
        AddIfUsed(rows, "keyframes", "Keyframes", Number(a.Keyframes), Number(b.Keyframes));
        AddIfUsed(rows, "framesBetween", "Frames between", Number(a.FramesBetween), Number(b.FramesBetween));
        AddIfUsed(rows, "endPrompt", "End prompt", Text(a.EndPrompt), Text(b.EndPrompt));
        return rows;
    }

    private static RecipeRow Row(string field, string label, string a, string b) => new(field, label, a, b);

    private static void AddIfUsed(List<RecipeRow> rows, string field, string label, string a, string b)
    {
        if (a != None || b != None)
            rows.Add(Row(field, label, a, b));
    }

    private static string Text(string? value) => string.IsNullOrEmpty(value) ? None : value;

    private static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? None;
}
