namespace Reelwright.Benchmarking;

/// <summary>Shared by the benchmark programs (compiled into each): the figures they print are medians and percentiles.</summary>
public static class Statistics
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>The nearest-rank percentile (0-100): the smallest value with at least that share of values at or below it.</summary>
    public static double Percentile(IEnumerable<double> values, double percentile)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    /// <summary>Jain's fairness index of the shares: 1 when all are equal, 1/n when one gets everything.</summary>
    public static double JainIndex(IReadOnlyCollection<double> shares)
    {
        var sum = shares.Sum();
        var squares = shares.Sum(x => x * x);
        return squares == 0 ? 1 : sum * sum / (shares.Count * squares);
    }
}
