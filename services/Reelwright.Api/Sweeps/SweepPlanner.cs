using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Reelwright.Api.Generations;
using Reelwright.Api.Sweeps.Templates;

namespace Reelwright.Api.Sweeps;

/// <summary>
/// Turns a sweep request into its cells: for each source (the template, or each chosen prompt version) its expanded
/// prompts × seeds × guidance values × steps, each a complete generation request with its value on every axis.
/// Everything is checked before a single job is queued: the templates, the size against
/// <see cref="SweepOptions.MaxCells"/>, and every cell against the model's limits.
/// </summary>
public sealed class SweepPlanner(GenerationRequestValidator validator, IOptions<SweepOptions> options)
{
    /// <param name="sources">One source per chosen prompt version, or the request's template alone.</param>
    public SweepPlan Plan(CreateSweepRequest request, IReadOnlyList<SweepSource> sources)
    {
        var errors = new Dictionary<string, string[]>();
        var checks = sources.Select(source => PromptTemplates.Check(source.Template, source.Variables)).ToList();
        foreach (var (source, check) in sources.Zip(checks))
        foreach (var group in check.Problems.GroupBy(p => p.Field))
            errors.TryAdd(group.Key, [.. group.Select(p => source.Version is { } v ? $"v{v}: {p.Message}" : p.Message)]);
        if (request.Seeds is { Count: 0 } || request.Guidance is { Count: 0 } || request.Steps is { Count: 0 })
            errors["axes"] = ["A listed axis (seeds, guidance, steps) needs at least one value; leave it out to use one default value."];
        if (errors.Count > 0)
            return SweepPlan.Refused(errors);

        var axisSizes = (request.Seeds?.Count ?? 1) * (request.Guidance?.Count ?? 1) * (request.Steps?.Count ?? 1);
        var count = checks.Sum(check => check.Count * axisSizes);
        if (count > options.Value.MaxCells)
            return SweepPlan.Refused(new() { ["cells"] = [$"This sweep has {count} cells; the limit is {options.Value.MaxCells}. Use fewer values on some axes."] }, count);

        // One random seed for the whole sweep when none is listed, so cells differ only on the chosen axes.
        var sharedSeed = Random.Shared.NextInt64(0, GenerationRequestValidator.MaxSeed + 1);
        var cells = new List<(SubmitGenerationRequest Request, string Values)>();
        var axes = new List<string>();
        foreach (var source in sources)
        {
            var prompts = PromptTemplates.Expand(source.Template, source.Variables, options.Value.MaxCells).Prompts;
            foreach (var prompt in prompts)
            foreach (var seed in request.Seeds ?? [source.Seed ?? sharedSeed])
            foreach (var g in request.Guidance?.Select(g => (double?)g) ?? [source.Guidance])
            foreach (var s in request.Steps?.Select(s => (int?)s) ?? [source.Steps])
            {
                var cell = new SubmitGenerationRequest(prompt.Text, source.NegativePrompt, seed, s, g, source.ModelId, ProjectId: request.ProjectId,
                    PromptId: source.Version is null ? null : request.PromptId, PromptVersion: source.Version);
                foreach (var (field, messages) in validator.Validate(cell))
                    errors.TryAdd(field, [$"{Describe(prompt.Text, seed, g, s)}: {messages[0]}"]);
                var values = new Dictionary<string, string>();
                if (source.Version is { } version)
                    values["version"] = version.ToString(CultureInfo.InvariantCulture);
                foreach (var (axis, value) in prompt.Values)
                    values[axis] = value;
                values["seed"] = seed.ToString(CultureInfo.InvariantCulture);
                if (request.Guidance is not null)
                    values["guidance"] = g!.Value.ToString(CultureInfo.InvariantCulture);
                if (request.Steps is not null)
                    values["steps"] = s!.Value.ToString(CultureInfo.InvariantCulture);
                axes.AddRange(values.Keys.Except(axes));
                cells.Add((cell, JsonSerializer.Serialize(values)));
            }
        }

        // Where versions bring different variables, theirs come in first appearance; the parameters always last.
        string[] parameters = ["seed", "guidance", "steps"];
        axes = [.. axes.Except(parameters), .. parameters.Intersect(axes)];
        return errors.Count > 0 ? SweepPlan.Refused(errors, count) : new SweepPlan(cells, axes, errors, count);
    }

    private static string Describe(string prompt, long seed, double? guidance, int? steps) =>
        $"cell \"{prompt}\" seed {seed}" + (guidance is null ? "" : $" guidance {guidance}") + (steps is null ? "" : $" steps {steps}");
}

public sealed record SweepPlan(
    IReadOnlyList<(SubmitGenerationRequest Request, string Values)> Cells, IReadOnlyList<string> Axes, Dictionary<string, string[]> Errors, long Count)
{
    public static SweepPlan Refused(Dictionary<string, string[]> errors, long count = 0) => new([], [], errors, count);
}
