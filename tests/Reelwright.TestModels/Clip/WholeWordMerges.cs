namespace Reelwright.TestModels.Clip;

/// <summary>
/// Merges under which each given word becomes a single token ("red" → "red&lt;/w&gt;"). For each word it runs BPE
/// with the merges so far and, while the word is still in pieces, adds a merge of its first two pieces. A new
/// merge ranks after every earlier one, so it never changes how an earlier word splits.
/// </summary>
public static class WholeWordMerges
{
    /// <param name="words">Lower-case words of printable ASCII, as CLIP's tokenizer sees them.</param>
    public static IReadOnlyList<ClipMerge> For(IEnumerable<string> words)
    {
        var merges = new List<ClipMerge>();
        var ranks = new Dictionary<ClipMerge, int>();
        foreach (var word in words)
        {
            var pieces = BytePairEncoding.Split(word, ranks);
            while (pieces.Count > 1)
            {
                var merge = new ClipMerge(pieces[0], pieces[1]);
                ranks.Add(merge, merges.Count);
                merges.Add(merge);
                pieces = BytePairEncoding.Split(word, ranks);
            }
        }
        return merges;
    }
}
