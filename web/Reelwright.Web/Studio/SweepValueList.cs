using System.Globalization;

namespace Reelwright.Web.Studio;

/// <summary>A comma-separated list typed into the sweep form ("7, 8, 9"): empty means the axis is left out.</summary>
public static class SweepValueList
{
    public static IReadOnlyList<long>? Whole(string text, string what, out string? error) =>
        Parse<long>(text, what, "whole numbers", s => long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null, out error);

    public static IReadOnlyList<int>? Counts(string text, string what, out string? error) =>
        Parse<int>(text, what, "whole numbers", s => int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null, out error);

    public static IReadOnlyList<double>? Numbers(string text, string what, out string? error) =>
        Parse<double>(text, what, "numbers such as 1.5", s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null, out error);

    /// <summary>How many values the list has: 1 when empty (the axis's one default value), null when it does not parse.</summary>
    public static int? Length<T>(IReadOnlyList<T>? values, string? error) => error is not null ? null : values?.Count ?? 1;

    private static IReadOnlyList<T>? Parse<T>(string text, string what, string expected, Func<string, T?> parse, out string? error)
        where T : struct
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var values = new List<T>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (parse(part) is not { } value)
            {
                error = part.Length == 0
                    ? $"{what} has an empty entry between commas; remove the extra comma."
                    : $"{what} must be {expected} separated by commas; \"{part}\" is not one.";
                return null;
            }
            values.Add(value);
        }
        return values;
    }
}
