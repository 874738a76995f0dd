namespace Reelwright.TestModels.Clip;

/// <summary>
/// CLIP's BPE for one word: start from its characters, the last marked "&lt;/w&gt;", and keep joining the adjacent
/// pair whose merge ranks lowest until no pair has a merge.
/// </summary>
public static class BytePairEncoding
{
    /// <param name="word">Printable ASCII only: other characters would first go through the byte alphabet.</param>
    public static IReadOnlyList<string> Split(string word, IReadOnlyDictionary<ClipMerge, int> ranks)
    {
        if (word.Length == 0 || word.Any(character => character is < '!' or > '~'))
            throw new ArgumentException($"'{word}' is not a word of printable ASCII.", nameof(word));

        var pieces = word.Select(character => character.ToString()).ToList();
        pieces[^1] += ClipVocabularyBuilder.EndOfWord;
        while (pieces.Count > 1 && LowestRankedPair(pieces, ranks) is { } merge)
            pieces = JoinEvery(pieces, merge);
        return pieces;
    }

    private static ClipMerge? LowestRankedPair(List<string> pieces, IReadOnlyDictionary<ClipMerge, int> ranks)
    {
        ClipMerge? best = null;
        var bestRank = int.MaxValue;
        for (var i = 0; i < pieces.Count - 1; i++)
        {
            var pair = new ClipMerge(pieces[i], pieces[i + 1]);
            if (ranks.TryGetValue(pair, out var rank) && rank < bestRank)
                (best, bestRank) = (pair, rank);
        }
        return best;
    }

    // Like CLIP's tokenizer, joins every occurrence of the pair in one pass, left to right.
    private static List<string> JoinEvery(List<string> pieces, ClipMerge merge)
    {
        var joined = new List<string>(pieces.Count);
        for (var i = 0; i < pieces.Count; i++)
        {
            if (i < pieces.Count - 1 && pieces[i] == merge.Left && pieces[i + 1] == merge.Right)
            {
                joined.Add(merge.Merged);
                i++;
            }
            else
            {
                joined.Add(pieces[i]);
            }
        }
        return joined;
    }
}
