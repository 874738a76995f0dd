using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Reelwright.Api.Generations;
using Reelwright.Api.Sweeps.Templates;

namespace Reelwright.Api.Sweeps;

/// <summary>
/// Turns a sweep request into its cells: the template's prompts × seeds × guidance values × steps, each a complete
/// generation request with its value on every axis. Everything is checked before a single job is queued: the template,
/// the size against <see cref="SweepOptions.MaxCells"/>, and every cell against the model's limits.
/// </summary>
public sealed class SweepPlanner(GenerationRequestValidator validator, IOptions<SweepOptions> options)
{
    public SweepPlan Plan(CreateSweepRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var variables = (request.Variables ?? []).ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value);
        var check = PromptTemplates.Check(request.Template ?? "", variables);
        foreach (var group in check.Problems.GroupBy(p => p.Field))
            errors[group.Key] = [.. group.Select(p => p.Message)];
        if (request.Seeds is { Count: 0 } || request.Guidance is { Count: 0 } || request.Steps is { Count: 0 })
            errors["axes"] = ["A listed axis (seeds, guidance, steps) needs at least one value; leave it out to use one default value."];
        if (errors.Count > 0)
            return SweepPlan.Refused(errors);

        // One random seed for the whole sweep when none is listed, so cells differ only on the chosen axes.
        var seeds = request.Seeds ?? [Random.Shared.NextInt64(0, GenerationRequestValidator.MaxSeed + 1)];
        var guidance = request.Guidance?.Select(g => (double?)g).ToList() ?? [null];
        var steps = request.Steps?.Select(s => (int?)s).ToList() ?? [null];
        var count = check.Count * seeds.Count * guidance.Count * steps.Count;
        if (count > options.Value.MaxCells)
            return SweepPlan.Refused(new() { ["cells"] = [$"This sweep has {count} cells; the limit is {options.Value.MaxCells}. Use fewer values on some axes."] }, count);

        var prompts = PromptTemplates.Expand(request.Template!, variables, options.Value.MaxCells).Prompts;
        var cells = new List<(SubmitGenerationRequest Request, string Values)>();
        foreach (var prompt in prompts)
        foreach (var seed in seeds)
        foreach (var g in guidance)
        foreach (var s in steps)
        {
            var cell = new SubmitGenerationRequest(prompt.Text, request.NegativePrompt, seed, s, g, request.ModelId, ProjectId: request.ProjectId);
            foreach (var (field, messages) in validator.Validate(cell))
                errors.TryAdd(field, [$"{Describe(prompt.Text, seed, g, s)}: {messages[0]}"]);
            var values = new Dictionary<string, string>(prompt.Values) { ["seed"] = seed.ToString(CultureInfo.InvariantCulture) };
            if (request.Guidance is not null)
                values["guidance"] = g!.Value.ToString(CultureInfo.InvariantCulture);
            if (request.Steps is not null)
                values["steps"] = s!.Value.ToString(CultureInfo.InvariantCulture);
            cells.Add((cell, JsonSerializer.Serialize(values)));
        }

        var axes = prompts[0].Values.Keys.Append("seed").Concat(request.Guidance is null ? [] : ["guidance"]).Concat(request.Steps is null ? [] : ["steps"]).ToList();
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
