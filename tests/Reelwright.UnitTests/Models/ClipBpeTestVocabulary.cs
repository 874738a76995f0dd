using System.Text;

namespace Reelwright.UnitTests.Models;

/// <summary>
/// Builds vocabularies the way OpenAI CLIP's <c>simple_tokenizer.py</c> builds the real one: ids 0-255 are the byte
/// symbols in GPT-2's table order, 256-511 the same symbols with "&lt;/w&gt;", then one id per merge, and the markers
/// at 49406/49407, where the real 48,894 merges put them. Single-byte ids therefore equal the real vocabulary's; ids
/// of merged tokens do not (the real merge ranks are not available here), so tests check merged tokens by text only.
/// The byte table is re-derived here rather than taken from the production code so that each checks the other.
/// </summary>
internal static class ClipBpeTestVocabulary
{
    public const int RealStartOfTextId = 49406;
    public const int RealEndOfTextId = 49407;

    private static readonly char[] SymbolOfByte = BuildByteSymbols();

    public static Dictionary<string, int> ByteLevel(IReadOnlyList<string> merges)
    {
        var symbolsInIdOrder = ByteValuesInVocabularyOrder().Select(value => SymbolOfByte[value].ToString()).ToList();
        var tokens = symbolsInIdOrder
            .Concat(symbolsInIdOrder.Select(symbol => symbol + "</w>"))
            .Concat(merges.Select(merge => merge.Replace(" ", "")));
        var vocabulary = tokens.Select((token, id) => (token, id)).ToDictionary(entry => entry.token, entry => entry.id);
        vocabulary["<|startoftext|>"] = RealStartOfTextId;
        vocabulary["<|endoftext|>"] = RealEndOfTextId;
        return vocabulary;
    }

    /// <summary>The text a byte-level token stands for, without its end-of-word marker: "Ã©&lt;/w&gt;" gives "é".</summary>
    public static string Decode(string token)
    {
        var bytes = token.Replace("</w>", "").Select(symbol => (byte)Array.IndexOf(SymbolOfByte, symbol)).ToArray();
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Joins byte-level tokens back into the pieces they came from (a piece ends at "&lt;/w&gt;").</summary>
    public static List<string> Pieces(IEnumerable<string> tokens)
    {
        var pieces = new List<string>();
        var piece = new StringBuilder();
        foreach (var token in tokens)
        {
            piece.Append(token);
            if (!token.EndsWith("</w>", StringComparison.Ordinal))
                continue;
            pieces.Add(Decode(piece.ToString()));
            piece.Clear();
        }
        return pieces;
    }

    private static bool IsPrintableLatin1(int value) => value is >= 33 and <= 126 or >= 161 and <= 172 or >= 174 and <= 255;

    private static IEnumerable<int> ByteValuesInVocabularyOrder() =>
        Enumerable.Range(0, 256).Where(IsPrintableLatin1).Concat(Enumerable.Range(0, 256).Where(value => !IsPrintableLatin1(value)));

    private static char[] BuildByteSymbols()
    {
        var symbols = new char[256];
        var shifted = 0;
        foreach (var value in Enumerable.Range(0, 256))
            symbols[value] = IsPrintableLatin1(value) ? (char)value : (char)(256 + shifted++);
        return symbols;
    }
}
