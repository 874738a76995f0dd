using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Reelwright.Models.Tokenizers;

/// <summary>
/// Byte-pair encodes one byte-mapped word: start from its characters, with <see cref="EndOfWord"/> on the last,
/// then keep merging every occurrence of the adjacent pair whose merge rank is lowest until no pair has a rank.
/// Results are cached per word because prompts repeat the same words and one instance serves every request.
/// </summary>
internal sealed class BytePairMerger
{
    public const string EndOfWord = "</w>";

    // Enough for every word of a busy studio's prompts; the bound stops a flood of distinct words
    // (pasted essays, random strings) from growing memory without limit. Words past it are merged uncached.
    private const int MaxCachedWords = 50_000;

    private readonly FrozenDictionary<(string First, string Second), int> _ranks;
    private readonly FrozenDictionary<string, int> _vocabulary;
    private readonly int _unknownId;
    private readonly ConcurrentDictionary<string, BpeToken[]> _cache = new(StringComparer.Ordinal);
    private int _cachedWordCount;

    public BytePairMerger(
        IReadOnlyDictionary<string, int> vocabulary, IReadOnlyDictionary<(string, string), int> ranks, int unknownId)
    {
        _vocabulary = vocabulary.ToFrozenDictionary(StringComparer.Ordinal);
        _ranks = ranks.ToFrozenDictionary();
        _unknownId = unknownId;
    }

    public BpeToken[] Encode(string word)
    {
        if (_cache.TryGetValue(word, out var cached))
            return cached;

        var tokens = Merge(word).Select(symbol => new BpeToken(symbol, IdOf(symbol))).ToArray();
        if (Volatile.Read(ref _cachedWordCount) < MaxCachedWords && _cache.TryAdd(word, tokens))
            Interlocked.Increment(ref _cachedWordCount);
        return tokens;
    }

    // A symbol the vocabulary lacks gets the unknown id, as Hugging Face's CLIPTokenizer does; with CLIP's
    // real vocabulary this cannot happen, since every byte and every byte + "</w>" is an entry.
    private int IdOf(string symbol) => _vocabulary.TryGetValue(symbol, out var id) ? id : _unknownId;

    private List<string> Merge(string word)
    {
        if (ClipSpecialTokens.IsSpecial(word))
            return [word];

        var symbols = new List<string>(word.Length);
        for (var i = 0; i < word.Length - 1; i++)
            symbols.Add(word[i].ToString());
        symbols.Add(word[^1] + EndOfWord);

        while (symbols.Count > 1 && LowestRankedPair(symbols) is (var first, var second))
            symbols = MergeEvery(symbols, first, second);
        return symbols;
    }

    private (string First, string Second)? LowestRankedPair(List<string> symbols)
    {
        (string, string)? best = null;
        var bestRank = int.MaxValue;
        for (var i = 0; i < symbols.Count - 1; i++)
        {
            var pair = (symbols[i], symbols[i + 1]);
            if (_ranks.TryGetValue(pair, out var rank) && rank < bestRank)
                (best, bestRank) = (pair, rank);
        }
        return best;
    }

    private static List<string> MergeEvery(List<string> symbols, string first, string second)
    {
        var merged = new List<string>(symbols.Count);
        for (var i = 0; i < symbols.Count; i++)
        {
            if (i < symbols.Count - 1 && symbols[i] == first && symbols[i + 1] == second)
            {
                merged.Add(first + second);
                i++;
            }
            else
            {
                merged.Add(symbols[i]);
            }
        }
        return merged;
    }
}
