namespace Reelwright.PromptBenchmarks.Seeding;

/// <summary>
/// How many versions each seeded prompt has: the hot one first with its long history, a few other long ones, and the
/// rest skewed as real use is (most prompts a few dozen saves, some a handful, some hundreds), exactly the total asked.
/// </summary>
public static class VersionCounts
{
    private const int MaxOfTheRest = 400;

    public static int[] Spread(Random random, int prompts, int totalVersions, int hotVersions, int longPrompts)
    {
        var counts = new int[prompts];
        counts[0] = hotVersions;
        for (var i = 1; i <= longPrompts; i++)
            counts[i] = random.Next(200, 401);

        // Log-normal weights for the rest, scaled to what is left; every prompt keeps at least its first version, and none
        // outgrows the long ones, so the hot prompt stays the longest.
        var rest = Enumerable.Range(longPrompts + 1, prompts - longPrompts - 1).ToList();
        var left = totalVersions - counts.Sum() - rest.Count;
        var weights = rest.Select(_ => Math.Exp(0.9 * Gaussian(random))).ToList();
        var scale = left / weights.Sum();
        for (var i = 0; i < rest.Count; i++)
            counts[rest[i]] = Math.Min(MaxOfTheRest, 1 + (int)(weights[i] * scale));
        // Flooring and the cap left versions over: hand them out one each to those under the cap.
        for (var i = 0; counts.Sum() < totalVersions; i++)
        {
            if (counts[rest[i % rest.Count]] < MaxOfTheRest)
                counts[rest[i % rest.Count]]++;
        }
        return counts;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
