using System.Globalization;

namespace Reelwright.InferenceBenchmarks;

/// <summary>How the benchmark writes its figures: invariant culture, units attached.</summary>
public static class BenchmarkFormat
{
    public static string Ms(double milliseconds) => milliseconds.ToString("#,0.0", CultureInfo.InvariantCulture) + " ms";

    public static string FineMs(double milliseconds) => milliseconds.ToString("0.000", CultureInfo.InvariantCulture) + " ms";

    public static string WholeMs(double milliseconds) => milliseconds.ToString("0", CultureInfo.InvariantCulture);

    public static string Bytes(long bytes) => bytes.ToString("#,0", CultureInfo.InvariantCulture) + " B";

    /// <summary>A change, signed: "+0.4%".</summary>
    public static string Change(double fraction) => (fraction * 100).ToString("+0.0;-0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A part of a whole: "0.19%".</summary>
    public static string Share(double fraction) => (fraction * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    public static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    public static string Met(bool met) => met ? "met" : "NOT met";
}
