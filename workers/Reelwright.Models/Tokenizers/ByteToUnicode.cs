using System.Text;

namespace Reelwright.Models.Tokenizers;

/// <summary>
/// GPT-2's reversible table from the 256 byte values to printable characters, which CLIP's vocabulary is written in.
/// Printable Latin-1 bytes stand for themselves; the other 68 (controls, space, soft hyphen...) are moved to
/// U+0100 onwards in byte order, so no vocabulary entry contains whitespace and every byte has a symbol.
/// </summary>
internal static class ByteToUnicode
{
    private const int StackLimitBytes = 256;
    private static readonly char[] CharOfByte = BuildTable();

    /// <summary>The piece's UTF-8 bytes, each written as its table character (always one UTF-16 unit).</summary>
    public static string Map(ReadOnlySpan<char> piece)
    {
        var byteCount = Encoding.UTF8.GetByteCount(piece);
        Span<byte> bytes = byteCount <= StackLimitBytes ? stackalloc byte[StackLimitBytes] : new byte[byteCount];
        bytes = bytes[..Encoding.UTF8.GetBytes(piece, bytes)];

        Span<char> chars = byteCount <= StackLimitBytes ? stackalloc char[StackLimitBytes] : new char[byteCount];
        for (var i = 0; i < bytes.Length; i++)
            chars[i] = CharOfByte[bytes[i]];
        return new string(chars[..bytes.Length]);
    }

    private static char[] BuildTable()
    {
        var table = new char[256];
        var nextMovedChar = 256;
        for (var value = 0; value < 256; value++)
            table[value] = StandsForItself(value) ? (char)value : (char)nextMovedChar++;
        return table;
    }

    private static bool StandsForItself(int value) =>
        value is >= '!' and <= '~' or >= '¡' and <= '¬' or >= '®' and <= 'ÿ';
}
