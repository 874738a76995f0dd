using System.Text.Json;
using Microsoft.Extensions.Options;
using Reelwright.Api.Generations;
using Reelwright.Api.Models;
using Reelwright.Api.Sweeps;
using Reelwright.Models;
using Xunit;

namespace Reelwright.UnitTests.Sweeps;

/// <summary>The sweep product: sources (a template or prompt versions) × seeds × guidance × steps, every cell checked first.</summary>
public sealed class SweepPlannerTests
{
    private static readonly ModelCatalog Catalog = ModelCatalog.Load(Path.Combine(AppContext.BaseDirectory, "models"));
    private static readonly SweepPlanner Planner = new(new GenerationRequestValidator(Catalog, new PromptTokenCounter(Catalog)), Options.Create(new SweepOptions { MaxCells = 20 }));

    [Fact]
    public void A_template_sweep_is_the_product_of_its_variables_and_the_listed_axes()
    {
        var request = new CreateSweepRequest(null, null, "a {{colour}} circle", new() { ["colour"] = ["red", "blue"] }, Seeds: [1, 2], Guidance: [1.5, 3]);

        var plan = Planner.Plan(request, [SweepSource.Of(request)]);

        Assert.Empty(plan.Errors);
        Assert.Equal(["colour", "seed", "guidance"], plan.Axes);
        Assert.Equal(8, plan.Cells.Count);
        Assert.Equal(8, plan.Cells.Select(c => c.Values).Distinct().Count());
        var (cell, values) = plan.Cells.Single(c => ValuesOf(c.Values) is { } v && v["colour"] == "blue" && v["seed"] == "2" && v["guidance"] == "3");
        Assert.Equal(("a blue circle", 2L, 3.0), (cell.Prompt, cell.Seed!.Value, cell.Guidance!.Value));
    }

    [Fact]
    public void Each_version_brings_its_text_and_fixed_settings_and_listed_axes_override_them()
    {
        var request = new CreateSweepRequest(null, null, null, null, Steps: [4], PromptId: Guid.NewGuid(), PromptVersions: [1, 2]);
        SweepSource[] versions =
        [
            new("a red circle", new Dictionary<string, IReadOnlyList<string>>(), "blur", null, Seed: 7, Steps: 30, Guidance: 2, Version: 1),
            new("a {{shape}}", new Dictionary<string, IReadOnlyList<string>> { ["shape"] = ["square", "star"] }, "", null, Seed: 9, Version: 2),
        ];

        var plan = Planner.Plan(request, versions);

        Assert.Equal(["version", "shape", "seed", "steps"], plan.Axes);
        Assert.Equal(
            [("a red circle", 1, 7L, 4, 2.0), ("a square", 2, 9L, 4, (double?)null), ("a star", 2, 9L, 4, null)],
            plan.Cells.Select(c => (c.Request.Prompt!, c.Request.PromptVersion!.Value, c.Request.Seed!.Value, c.Request.Steps!.Value, c.Request.Guidance)));
        Assert.All(plan.Cells, c => Assert.Equal(request.PromptId, c.Request.PromptId));
    }

    [Fact]
    public void Too_many_cells_are_refused_with_the_count_before_any_is_made()
    {
        var request = new CreateSweepRequest(null, null, "a {red|blue|green} dot", null, Seeds: [1, 2, 3, 4, 5, 6, 7]);

        var plan = Planner.Plan(request, [SweepSource.Of(request)]);

        Assert.Empty(plan.Cells);
        Assert.Equal(21, plan.Count);
        Assert.Contains("21 cells", Assert.Single(plan.Errors["cells"]));
    }

    [Fact]
    public void A_cell_outside_the_models_limits_refuses_the_whole_sweep_naming_the_cell()
    {
        var request = new CreateSweepRequest(null, null, "a dot", null, Seeds: [1], Steps: [4, 5000]);

        var plan = Planner.Plan(request, [SweepSource.Of(request)]);

        Assert.Empty(plan.Cells);
        Assert.Contains("steps 5000", Assert.Single(plan.Errors["steps"]));
    }

    private static Dictionary<string, string> ValuesOf(string json) => JsonSerializer.Deserialize<Dictionary<string, string>>(json)!;
}
