namespace Reelwright.TestModels.Clip;

/// <summary>
/// GPT-2's <c>bytes_to_unicode</c>, which CLIP's tokenizer also uses: each of the 256 byte values gets a printable
/// character, so that BPE can work on text without spaces or control characters in the way. Bytes that already
/// print as themselves keep their character; the others are mapped, in byte order, to U+0100 onwards.
/// </summary>
public static class ClipByteAlphabet
{
    /// <summary>The 256 characters in the mapping's own order, which is the order they take in vocab.json.</summary>
    public static IReadOnlyList<string> Characters { get; } = Build();

    private static string[] Build()
    {
        static bool PrintsAsItself(int b) => b is >= '!' and <= '~' or >= '¡' and <= '¬' or >= '®' and <= 'ÿ';

        var printable = Enumerable.Range(0, 256).Where(PrintsAsItself).Select(b => ((char)b).ToString());
        var mapped = Enumerable.Range(0, 256).Where(b => !PrintsAsItself(b)).Select((_, index) => ((char)(256 + index)).ToString());
        return [.. printable, .. mapped];
    }
}
