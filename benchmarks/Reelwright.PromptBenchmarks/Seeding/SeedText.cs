namespace Reelwright.PromptBenchmarks.Seeding;

/// <summary>Prompt-like text of realistic length (20 to 40 words, as people write them), different on every version.</summary>
public static class SeedText
{
    private static readonly string[] Words =
    [
        "a", "red", "blue", "golden", "misty", "circle", "square", "fox", "lighthouse", "harbour", "storm", "sunrise", "slowly",
        "moving", "left", "right", "across", "the", "frame", "camera", "pans", "over", "tilts", "towards", "neon", "city", "rain",
        "reflections", "on", "wet", "asphalt", "cinematic", "35mm", "film", "grain", "soft", "light", "backlit", "silhouette",
        "drone", "shot", "of", "cliffs", "waves", "crashing", "at", "dusk", "close-up", "portrait", "with", "shallow", "depth",
        "field", "paper", "lantern", "floating", "river", "night", "market", "steam", "rising", "from", "noodle", "stall",
    ];

    public static string Prompt(Random random) => string.Join(' ', Enumerable.Range(0, random.Next(20, 41)).Select(_ => Words[random.Next(Words.Length)]));

    public static string Negative(Random random) => random.Next(3) == 0 ? "" : "blurry, low quality, watermark";

    public static string? Message(Random random) => random.Next(4) switch
    {
        0 => null,
        1 => "tightened the lighting",
        2 => "client asked for a warmer palette",
        _ => "fewer words, same intent",
    };

    /// <summary>Lower-case hex of the given length: stand-in hashes.</summary>
    public static string Hex(Random random, int length)
    {
        var bytes = new byte[length / 2];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }
}
