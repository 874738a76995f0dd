using System.Text;

namespace Reelwright.Models.Tokenizers;

/// <summary>
/// CLIP's clean-up before splitting: runs of whitespace become one space, the ends are trimmed, letters are
/// lower-cased (invariant culture, so a Turkish server reads prompts as everyone else does).
/// </summary>
/// <remarks>
/// Left out on purpose: OpenAI's ftfy repair of mis-decoded text and its double HTML-unescape (prompts reach us as
/// clean UTF-8 from our own API), and NFC normalisation, which ftfy and Hugging Face both apply but
/// <see cref="string.Normalize()"/> skips under the InvariantGlobalization our apps run with. A prompt typed with
/// decomposed accents ("a" + U+0303 instead of "ã") therefore splits into different byte tokens than the reference.
/// </remarks>
internal static class ClipTextCleaner
{
    public static string Clean(string text)
    {
        var cleaned = new StringBuilder(text.Length);
        var spaceOwed = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                spaceOwed = cleaned.Length > 0;
                continue;
            }
            if (spaceOwed)
                cleaned.Append(' ');
            spaceOwed = false;
            cleaned.Append(c);
        }
        // Lower-cased as a whole string so letters outside the BMP (surrogate pairs) are lower-cased too.
        return cleaned.ToString().ToLowerInvariant();
    }
}
