namespace Reelwright.Benchmarking;

/// <summary>Shared by both benchmark programs (compiled into each): the figures they print are medians.</summary>
public static class Statistics
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
