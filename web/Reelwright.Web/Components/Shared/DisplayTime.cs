using System.Globalization;

namespace Reelwright.Web.Components.Shared;

/// <summary>Times as the pages show them: UTC to the minute, the same for every viewer (the server has no browser time zone).</summary>
public static class DisplayTime
{
    public static string Of(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Of(DateTimeOffset? time, string whenNone) => time is { } t ? Of(t) : whenNone;
}
