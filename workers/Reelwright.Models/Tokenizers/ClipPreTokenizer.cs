using System.Text;

namespace Reelwright.Models.Tokenizers;

/// <summary>
/// Splits cleaned text into the pieces CLIP's pattern finds, tried in this order at each position:
/// <c>&lt;|startoftext|&gt;|&lt;|endoftext|&gt;|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|[^\s\p{L}\p{N}]+</c>.
/// So a run of letters is one piece, every digit is its own piece, and a run of anything else (punctuation,
/// symbols, emoji) is one piece, apostrophes included unless a contraction starts the piece.
/// </summary>
/// <remarks>
/// Written as a scanner over <see cref="Rune"/>s rather than a .NET <c>Regex</c> because .NET matches
/// <c>\p{L}</c> per UTF-16 unit: a letter outside the BMP (e.g. CJK Extension B) would look like two surrogates and
/// fall into the symbol class, while Python's <c>regex</c>, which CLIP uses, sees one letter.
/// </remarks>
internal static class ClipPreTokenizer
{
    private static readonly string[] WholePieces =
    [
        ClipSpecialTokens.StartOfText, ClipSpecialTokens.EndOfText,
        "'s", "'t", "'re", "'ve", "'m", "'ll", "'d",
    ];

    public static IEnumerable<Range> Split(string text)
    {
        var position = 0;
        while (position < text.Length)
        {
            var kind = KindAt(text, position, out var width);
            if (kind == CharKind.Whitespace)
            {
                position += width;
                continue;
            }

            var length = WholePieceLength(text.AsSpan(position));
            if (length == 0)
            {
                length = kind switch
                {
                    CharKind.Letter => RunLength(text, position, CharKind.Letter),
                    CharKind.Number => width,
                    _ => RunLength(text, position, CharKind.Other),
                };
            }
            yield return position..(position + length);
            position += length;
        }
    }

    private static int WholePieceLength(ReadOnlySpan<char> rest)
    {
        foreach (var piece in WholePieces)
        {
            if (rest.StartsWith(piece, StringComparison.Ordinal))
                return piece.Length;
        }
        return 0;
    }

    private static int RunLength(string text, int start, CharKind kind)
    {
        var end = start;
        while (end < text.Length && KindAt(text, end, out var width) == kind)
            end += width;
        return end - start;
    }

    private static CharKind KindAt(string text, int index, out int width)
    {
        // A lone surrogate decodes as U+FFFD (a symbol), as its UTF-8 encoding will be.
        Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out width);
        if (Rune.IsWhiteSpace(rune))
            return CharKind.Whitespace;
        if (Rune.IsLetter(rune))
            return CharKind.Letter;
        return Rune.IsNumber(rune) ? CharKind.Number : CharKind.Other;
    }

    private enum CharKind { Whitespace, Letter, Number, Other }
}
