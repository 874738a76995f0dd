using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Reelwright.Api.Gallery;

/// <summary>
/// Keyset position in the gallery, opaque to clients: (published_at, id) for the newest first, and for the most liked
/// also the week's like count and the start of the week counted, so every page of one walk counts the same week.
/// </summary>
public sealed record GalleryCursor(DateTimeOffset PublishedAt, Guid Id, int? WeekLikes = null, DateTimeOffset? LikesSince = null)
{
    public string Encode()
    {
        var text = $"{PublishedAt.UtcTicks}:{Id:N}";
        if (WeekLikes is { } likes && LikesSince is { } since)
            text += $":{likes}:{since.UtcTicks}";
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
    }

    public static bool TryDecode(string? text, [NotNullWhen(true)] out GalleryCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text))
            return false;
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split(':');
            if (parts.Length is not (2 or 4) || !TryTicks(parts[0], out var publishedAt) || !Guid.TryParseExact(parts[1], "N", out var id))
                return false;
            if (parts.Length == 2)
                cursor = new GalleryCursor(publishedAt, id);
            else if (int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var likes) && TryTicks(parts[3], out var since))
                cursor = new GalleryCursor(publishedAt, id, likes, since);
        }
        catch (FormatException)
        {
        }
        return cursor is not null;
    }

    private static bool TryTicks(string text, out DateTimeOffset at)
    {
        at = default;
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || ticks > DateTimeOffset.MaxValue.UtcTicks)
            return false;
        at = new DateTimeOffset(ticks, TimeSpan.Zero);
        return true;
    }
}
