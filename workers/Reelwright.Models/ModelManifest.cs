using System.Text.Json;
using System.Text.RegularExpressions;

namespace Reelwright.Models;

/// <summary>
/// What the studio needs to know about one model without loading it: what it produces, which files make it up,
/// and what a request may ask of it. Lives in <c>&lt;modelsDir&gt;/&lt;Id&gt;/manifest.json</c>.
/// </summary>
public sealed partial record ModelManifest(
    string Id,
    string DisplayName,
    string Pipeline,
    string ModelFile,
    string Sha256,
    string VocabFile,
    int Frames,
    int Width,
    int Height,
    int Fps,
    int MaxPromptTokens,
    SamplingDefaults Defaults,
    SamplingLimits Limits)
{
    public const string FileName = "manifest.json";

    // Missing or null members are reported by name instead of silently becoming 0 or null.
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public double DurationSeconds => (double)Frames / Fps;

    public string ModelFilePath(string modelsDirectory) => Path.Combine(modelsDirectory, Id, ModelFile);

    public string VocabFilePath(string modelsDirectory) => Path.Combine(modelsDirectory, Id, VocabFile);

    /// <exception cref="ModelManifestException">The file is missing, is not valid JSON, or fails <see cref="Problems"/>.</exception>
    public static ModelManifest Load(string manifestPath)
    {
        ModelManifest? manifest;
        try
        {
            using var stream = File.OpenRead(manifestPath);
            manifest = JsonSerializer.Deserialize<ModelManifest>(stream, JsonOptions);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new ModelManifestException($"Model manifest '{manifestPath}' cannot be read: {e.Message}", e);
        }

        if (manifest is null)
            throw new ModelManifestException($"Model manifest '{manifestPath}' is empty (the JSON is 'null').");

        var problems = manifest.Problems();
        if (problems.Count > 0)
            throw new ModelManifestException($"Model manifest '{manifestPath}' is malformed: {string.Join("; ", problems)}.");

        return manifest;
    }

    /// <summary>Everything wrong with this manifest, in words; empty when it is usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!IdPattern().IsMatch(Id))
            problems.Add($"id '{Id}' must be lower-case letters, digits and dashes");
        if (string.IsNullOrWhiteSpace(DisplayName))
            problems.Add("displayName is empty");
        if (string.IsNullOrWhiteSpace(Pipeline))
            problems.Add("pipeline is empty");
        RequirePlainFileName(problems, "modelFile", ModelFile);
        RequirePlainFileName(problems, "vocabFile", VocabFile);
        if (!Sha256Pattern().IsMatch(Sha256))
            problems.Add($"sha256 '{Sha256}' must be 64 hexadecimal digits");
        RequirePositive(problems, "frames", Frames);
        RequirePositive(problems, "width", Width);
        RequirePositive(problems, "height", Height);
        RequirePositive(problems, "fps", Fps);
        RequirePositive(problems, "maxPromptTokens", MaxPromptTokens);
        if (Limits.MinSteps < 1 || Limits.MaxSteps < Limits.MinSteps)
            problems.Add($"limits.minSteps..maxSteps ({Limits.MinSteps}..{Limits.MaxSteps}) must be a range starting at 1 or more");
        if (!(Limits.MinGuidance >= 0) || !(Limits.MaxGuidance >= Limits.MinGuidance) || double.IsInfinity(Limits.MaxGuidance))
            problems.Add($"limits.minGuidance..maxGuidance ({Limits.MinGuidance}..{Limits.MaxGuidance}) must be a finite, non-negative range");
        if (!Limits.AllowsSteps(Defaults.Steps))
            problems.Add($"defaults.steps {Defaults.Steps} is outside the limits");
        if (!Limits.AllowsGuidance(Defaults.Guidance))
            problems.Add($"defaults.guidance {Defaults.Guidance} is outside the limits");
        return problems;
    }

    // A bare file name keeps a manifest from pointing outside its own model folder.
    private static void RequirePlainFileName(List<string> problems, string member, string fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName) || fileName != Path.GetFileName(fileName) || fileName is "." or "..")
            problems.Add($"{member} '{fileName}' must be a file name inside the model's folder");
    }

    private static void RequirePositive(List<string> problems, string member, int value)
    {
        if (value <= 0)
            problems.Add($"{member} must be positive, not {value}");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Pattern();
}
