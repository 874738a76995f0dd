using Reelwright.Web.Studio;

namespace Reelwright.ComponentTests.Prompts;

/// <summary>Prompts as the API describes them: a version tree with a branch, and labels on it.</summary>
public static class SamplePrompts
{
    public static PromptVersionView Version(int number, int? parent, string text, string? message = null) =>
        new(number, parent, text, "", Sample.Model.Id, Seed: 7, Steps: 20, Guidance: 1.5, message, Sample.User.Id, Sample.Noon.AddMinutes(number));

    /// <summary>v1 → v2 → v3, and v4 branched from v1; approved on v2, draft on v3.</summary>
    public static PromptView Branched(Guid projectId) => new(
        Guid.NewGuid(), projectId, "Drifting circle", GenerationVisibility.Team, Sample.Noon,
        [
            Version(1, null, "a red circle", "first"),
            Version(2, 1, "a red circle drifting left", "add motion"),
            Version(3, 2, "a red circle drifting left, slowly", "slower"),
            Version(4, 1, "a blue square", "try a square") with { Variables = new Dictionary<string, IReadOnlyList<string>> { ["colour"] = ["red", "blue"] } },
        ],
        [
            new PromptLabelView("approved", 2, Sample.User.Id, Sample.Noon.AddHours(1)),
            new PromptLabelView("draft", 3, Sample.User.Id, Sample.Noon.AddHours(2)),
        ]);

    public static PromptSummaryView Summary(string name, bool favourite = false, params string[] labels) =>
        new(Guid.NewGuid(), Guid.NewGuid(), name, 3, $"{name}: a long description of the shot", Sample.Model.Id, labels, Sample.Noon, favourite);
}
