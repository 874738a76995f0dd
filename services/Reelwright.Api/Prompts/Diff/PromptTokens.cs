using System.Globalization;
using System.Text;

namespace Reelwright.Api.Prompts.Diff;

/// <summary>
/// Splits text into words, runs of whitespace, and single punctuation marks; the tokens joined give the text back.
/// Works on runes so an emoji's surrogate pair is never split between two pieces.
/// </summary>
internal static class PromptTokens
{
    public static List<string> Of(string text)
    {
        var tokens = new List<string>();
        var start = 0;
        var startClass = TokenClass.None;
        var index = 0;
        while (index < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var length);
            var runeClass = Classify(rune);
            // Words and whitespace extend over a run; each punctuation mark stands alone.
            if (index > start && (runeClass != startClass || runeClass == TokenClass.Mark))
            {
                tokens.Add(text[start..index]);
                start = index;
            }
            startClass = runeClass;
            index += length;
        }
        if (index > start)
        {
            tokens.Add(text[start..index]);
        }
        return tokens;
    }

    private static TokenClass Classify(Rune rune)
    {
        if (Rune.IsLetterOrDigit(rune))
        {
            return TokenClass.Word;
        }
        if (Rune.IsWhiteSpace(rune))
        {
            return TokenClass.Space;
        }
        // Combining accents belong to the word they decorate ("café" written with a separate accent).
        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            ? TokenClass.Word
            : TokenClass.Mark;
    }

    private enum TokenClass
    {
        None,
        Word,
        Space,
        Mark,
    }
}
