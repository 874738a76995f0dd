using System.Globalization;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Shared;

/// <summary>A waiting job's place and wait in words, the same on the queue page and in the workspace.</summary>
public static class QueueWording
{
    /// <summary>1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st.</summary>
    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    public static string InLine(QueuedJobView job) => $"{Ordinal(job.Position)} in line";

    public static string ForModel(QueuedJobView job) => $"{Ordinal(job.PositionForModel)} for {job.ModelId}";

    /// <summary>"about 40 s", "about 3 min", "about 2 h"; a held job has no estimate, nor one no worker can run.</summary>
    public static string Wait(QueuedJobView job) =>
        job.Held ? "on hold"
        : job.EtaSeconds is { } seconds ? About(seconds)
        : "no worker for this model yet";

    private static string About(int seconds) => seconds switch
    {
        < 5 => "any moment now",
        < 60 => $"about {seconds} s",
        < 2 * 3600 => $"about {Math.Max(1, (int)Math.Round(seconds / 60.0))} min",
        _ => $"about {(int)Math.Round(seconds / 3600.0)} h",
    };
}
