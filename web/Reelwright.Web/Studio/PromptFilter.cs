using System.Globalization;

namespace Reelwright.Web.Studio;

/// <summary>What the prompt search narrows to; every part is optional and they combine.</summary>
/// <param name="Q">Words in the prompt's name or text.</param>
/// <param name="From">Updated on or after this day (UTC).</param>
/// <param name="To">Updated on or before this day (UTC), the whole day included.</param>
/// <param name="FavouritesOnly">Only the prompts the signed-in user starred.</param>
public sealed record PromptFilter(
    string? Q = null, string? Label = null, string? ModelId = null, DateOnly? From = null, DateOnly? To = null, bool FavouritesOnly = false, Guid? ProjectId = null)
{
    /// <summary>The query string of GET /api/prompts for this filter and page; blank filters are left out.</summary>
    public string QueryString(string? cursor, int limit)
    {
        var parts = new List<string> { $"limit={limit}" };
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
                parts.Add($"{name}={Uri.EscapeDataString(value.Trim())}");
        }

        Add("q", Q);
        Add("label", Label);
        Add("modelId", ModelId);
        Add("from", From is { } from ? Midnight(from) : null);
        // The API's "to" is exclusive; a person picking a day means that day too.
        Add("to", To is { } to ? Midnight(to.AddDays(1)) : null);
        if (FavouritesOnly)
            parts.Add("favourites=true");
        Add("projectId", ProjectId?.ToString());
        Add("cursor", cursor);
        return "?" + string.Join("&", parts);
    }

    private static string Midnight(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
