namespace Reelwright.Models.Tokenizers;

/// <summary>Reads <c>merges.txt</c> lines ("first second", earliest merges first) into pair → rank.</summary>
internal static class MergeRanks
{
    /// <summary>
    /// CLIP's vocabulary holds 256 bytes, 256 end-of-word bytes, these merges and the two markers: 49,408 in all.
    /// OpenAI's and Hugging Face's tokenizers both ignore merges past this count, so we do too.
    /// </summary>
    public const int MaxMerges = 49152 - 256 - 2;

    private const string VersionHeader = "#version";

    public static Dictionary<(string First, string Second), int> Parse(IEnumerable<string> lines, string source)
    {
        var ranks = new Dictionary<(string, string), int>();
        var lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (ranks.Count == MaxMerges)
                break;
            if (lineNumber == 1 && line.StartsWith(VersionHeader, StringComparison.Ordinal) || string.IsNullOrWhiteSpace(line))
                continue;

            var symbols = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (symbols.Length != 2)
                throw new FormatException($"{source}, line {lineNumber}: expected two symbols separated by a space, found '{line}'.");
            // A repeated pair takes its later rank, as the reference's dict(zip(merges, range(...))) does.
            ranks[(symbols[0], symbols[1])] = ranks.Count;
        }
        return ranks;
    }
}
