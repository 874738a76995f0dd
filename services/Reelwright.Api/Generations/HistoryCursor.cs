using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Reelwright.Api.Generations;

/// <summary>
/// Keyset position in the history (created_at, id), opaque to clients. Keyset rather than offset paging, so a page
/// costs the same however deep it is and new generations do not shift later pages.
/// </summary>
public sealed record HistoryCursor(DateTimeOffset CreatedAt, Guid Id)
{
    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{CreatedAt.UtcTicks}:{Id:N}"));

    public static bool TryDecode(string? text, [NotNullWhen(true)] out HistoryCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text))
            return false;
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split(':');
            if (parts.Length == 2 && long.TryParse(parts[0], out var ticks) && Guid.TryParseExact(parts[1], "N", out var id))
                cursor = new HistoryCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
        }
        catch (FormatException)
        {
        }
        return cursor is not null;
    }
}
