using System.Text.Json;

namespace Reelwright.UnitTests.Models;

/// <summary>
/// Where the built-in model and its card's reference vectors land in the test output (both are copied there by
/// the project file), and the card's reference.json.
/// </summary>
internal static class MiniSoraShapesFiles
{
    public const string ModelId = "minisora-shapes";

    public static string ModelsDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "models");

    public static string FixturesDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "fixtures", ModelId);

    public static string Fixture(string fileName) => Path.Combine(FixturesDirectory, fileName);

    public static JsonElement Reference { get; } = JsonDocument.Parse(File.ReadAllText(Fixture("reference.json"))).RootElement;

    public static long[] Ids(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetInt64())];
}
