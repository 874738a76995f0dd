using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Reelwright.Data.Generations;

namespace Reelwright.Api.Downloads;

/// <summary>
/// The recipe written into a downloaded MP4's comment, so the file alone says how to make it again: the recipe, and
/// the model hash and execution provider that decide its exact frames.
/// </summary>
public sealed record DownloadRecipe(
    string Prompt,
    string NegativePrompt,
    string ModelId,
    long Seed,
    int Steps,
    double Guidance,
    string? Scheduler,
    int? Keyframes,
    int? FramesBetween,
    string? EndPrompt,
    string ModelSha256,
    string ExecutionProvider)
{
    // Compact, settings that do not apply left out, and quotes and accents kept as typed: the comment is read by
    // people in players and file browsers, never embedded in HTML.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Names the studio that wrote the file.</summary>
    public string Source => "Reelwright";

    public static DownloadRecipe From(Generation generation, Clip clip) => new(
        generation.Prompt, generation.NegativePrompt, generation.ModelId, generation.Seed, generation.Steps, generation.Guidance,
        generation.Scheduler, generation.Keyframes, generation.FramesBetween, generation.EndPrompt, clip.ModelSha256, clip.ExecutionProvider);

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
