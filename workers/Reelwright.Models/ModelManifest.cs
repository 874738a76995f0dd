using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Reelwright.Models.MiniSora;
using Reelwright.Models.StableDiffusion;

namespace Reelwright.Models;

/// <summary>
/// What the studio needs to know about one model without loading it: what it produces, which files make it up,
/// and what a request may ask of it. Lives in <c>&lt;modelsDir&gt;/&lt;Id&gt;/manifest.json</c>. The files are in
/// the section named after the pipeline (<see cref="MiniSora"/> or <see cref="StableDiffusion"/>).
/// </summary>
public sealed partial record ModelManifest(
    string Id,
    string DisplayName,
    string Pipeline,
    int Width,
    int Height,
    int Fps,
    int MaxPromptTokens,
    SamplingDefaults Defaults,
    SamplingLimits Limits,
    MiniSoraFiles? MiniSora = null,
    StableDiffusionFiles? StableDiffusion = null)
{
    public const string FileName = "manifest.json";
    public const string MiniSoraPipeline = "minisora";
    public const string StableDiffusionPipeline = "stable-diffusion";

    /// <summary>The schedulers a Stable Diffusion model offers; MiniSora has its one built-in sampler.</summary>
    public static readonly IReadOnlyList<string> StableDiffusionSchedulers = ["euler", "lcm"];

    // Missing or null members are reported by name instead of silently becoming 0 or null.
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The folder the manifest was loaded from; every file it names is relative to it.</summary>
    [JsonIgnore]
    public string Folder { get; init; } = "";

    public bool IsStableDiffusion => Pipeline == StableDiffusionPipeline;

    public IReadOnlyList<string> Schedulers => IsStableDiffusion ? StableDiffusionSchedulers : [];

    /// <summary>The absolute path of a file the manifest names.</summary>
    public string PathOf(string relativeFile) => Path.Combine(Folder, relativeFile);

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

        return manifest with { Folder = Path.GetDirectoryName(Path.GetFullPath(manifestPath))! };
    }

    /// <summary>Everything wrong with this manifest, in words; empty when it is usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!IdPattern().IsMatch(Id))
            problems.Add($"id '{Id}' must be lower-case letters, digits and dashes");
        if (string.IsNullOrWhiteSpace(DisplayName))
            problems.Add("displayName is empty");
        ManifestRules.RequirePositive(problems, "width", Width);
        ManifestRules.RequirePositive(problems, "height", Height);
        ManifestRules.RequirePositive(problems, "fps", Fps);
        ManifestRules.RequirePositive(problems, "maxPromptTokens", MaxPromptTokens);
        AddSamplingProblems(problems);

        switch (Pipeline)
        {
            case MiniSoraPipeline when MiniSora is null:
                problems.Add("the miniSora section is missing");
                break;
            case MiniSoraPipeline:
                MiniSora.AddProblems(problems);
                break;
            case StableDiffusionPipeline when StableDiffusion is null:
                problems.Add("the stableDiffusion section is missing");
                break;
            case StableDiffusionPipeline:
                StableDiffusion.AddProblems(problems);
                AddLatentWalkProblems(problems);
                break;
            default:
                problems.Add($"pipeline '{Pipeline}' is not one of: {MiniSoraPipeline}, {StableDiffusionPipeline}");
                break;
        }

        return problems;
    }

    private void AddSamplingProblems(List<string> problems)
    {
        if (Limits.MinSteps < 1 || Limits.MaxSteps < Limits.MinSteps)
            problems.Add($"limits.minSteps..maxSteps ({Limits.MinSteps}..{Limits.MaxSteps}) must be a range starting at 1 or more");
        if (!(Limits.MinGuidance >= 0) || !(Limits.MaxGuidance >= Limits.MinGuidance) || double.IsInfinity(Limits.MaxGuidance))
            problems.Add($"limits.minGuidance..maxGuidance ({Limits.MinGuidance}..{Limits.MaxGuidance}) must be a finite, non-negative range");
        if (!Limits.AllowsSteps(Defaults.Steps))
            problems.Add($"defaults.steps {Defaults.Steps} is outside the limits");
        if (!Limits.AllowsGuidance(Defaults.Guidance))
            problems.Add($"defaults.guidance {Defaults.Guidance} is outside the limits");
    }

    private void AddLatentWalkProblems(List<string> problems)
    {
        if (Width % 8 != 0 || Height % 8 != 0)
            problems.Add($"width and height ({Width}x{Height}) must be multiples of 8: the VAE works on an eighth of each");
        if (Limits.MaxKeyframes is not >= 2)
            problems.Add("limits.maxKeyframes must be 2 or more");
        if (Limits.MaxFramesBetween is not >= 0)
            problems.Add("limits.maxFramesBetween must be 0 or more");
        if (Defaults.Scheduler is not { } scheduler || !StableDiffusionSchedulers.Contains(scheduler))
            problems.Add($"defaults.scheduler must be one of: {string.Join(", ", StableDiffusionSchedulers)}");
        if (Defaults.Keyframes is not { } keyframes || !Limits.AllowsKeyframes(keyframes))
            problems.Add("defaults.keyframes must be within 2..limits.maxKeyframes");
        if (Defaults.FramesBetween is not { } between || !Limits.AllowsFramesBetween(between))
            problems.Add("defaults.framesBetween must be within 0..limits.maxFramesBetween");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
