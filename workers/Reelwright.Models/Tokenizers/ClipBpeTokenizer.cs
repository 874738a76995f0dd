namespace Reelwright.Models.Tokenizers;

/// <summary>
/// The byte-level BPE tokenizer of CLIP's text encoder (Stable Diffusion's prompt reader), producing the same
/// tokens and ids as OpenAI's <c>simple_tokenizer.py</c> and Hugging Face's <c>CLIPTokenizer</c> for clean text:
/// clean up (<see cref="ClipTextCleaner"/>), split (<see cref="ClipPreTokenizer"/>), write each piece's UTF-8 bytes as
/// characters (<see cref="ByteToUnicode"/>), merge (<see cref="BytePairMerger"/>). Thread-safe: one instance is
/// shared by all requests.
/// </summary>
public sealed class ClipBpeTokenizer
{
    public const int ContextLength = 77; // CLIP's text encoder reads 77 positions: BOS, up to 75 tokens, EOS/padding

    private readonly BytePairMerger _merger;

    private ClipBpeTokenizer(BytePairMerger merger, int startOfTextId, int endOfTextId, int padId)
    {
        _merger = merger;
        StartOfTextId = startOfTextId;
        EndOfTextId = endOfTextId;
        PadId = padId;
    }

    public int StartOfTextId { get; }
    public int EndOfTextId { get; }
    public int PadId { get; }

    /// <summary>
    /// Loads Hugging Face's <c>vocab.json</c> and <c>merges.txt</c>. <paramref name="padToken"/> fills the positions
    /// after EOS: "&lt;|endoftext|&gt;" for SD 1.x, "!" for SD 2.x.
    /// </summary>
    /// <exception cref="InvalidDataException">The vocabulary is not a JSON object from token to id, or lacks a marker or the pad token.</exception>
    /// <exception cref="FormatException">A merges line is not two symbols.</exception>
    public static ClipBpeTokenizer Load(string vocabJsonPath, string mergesTxtPath, string padToken = ClipSpecialTokens.EndOfText) =>
        Build(
            ClipVocabularyFile.Read(vocabJsonPath), File.ReadLines(mergesTxtPath), padToken,
            $"Vocabulary '{vocabJsonPath}'", $"Merges file '{mergesTxtPath}'");

    /// <inheritdoc cref="Load"/>
    public static ClipBpeTokenizer Create(
        IReadOnlyDictionary<string, int> vocabulary, IEnumerable<string> mergeLines, string padToken = ClipSpecialTokens.EndOfText) =>
        Build(vocabulary, mergeLines, padToken, "The vocabulary", "The merges");

    /// <summary>BPE tokens of the text (no BOS/EOS), after CLIP's clean-up: whitespace collapsed, trimmed, lower-cased.</summary>
    public IReadOnlyList<string> Tokenize(string text) =>
        Words(text).SelectMany(word => word).Select(token => token.Text).ToList();

    /// <summary>Number of BPE tokens (no BOS/EOS): what the studio checks against 75 before queuing a prompt.</summary>
    public int CountTokens(string text) => Words(text).Sum(word => word.Length);

    /// <summary>
    /// Writes BOS, the ids (truncated to <c>destination.Length - 2</c> tokens), EOS, then <see cref="PadId"/> to
    /// the end. Truncation keeps EOS, as Hugging Face's <c>truncation=True</c> does. Usually
    /// <c>destination.Length</c> is <see cref="ContextLength"/>.
    /// </summary>
    public void Encode(string text, Span<long> destination)
    {
        if (destination.Length < 2)
            throw new ArgumentException($"The destination must hold at least BOS and EOS, not {destination.Length} ids.", nameof(destination));

        var tokenCapacity = destination.Length - 2;
        var count = 0;
        destination[0] = StartOfTextId;
        foreach (var token in Words(text).SelectMany(word => word).Take(tokenCapacity))
            destination[1 + count++] = token.Id;
        destination[1 + count] = EndOfTextId;
        destination[(2 + count)..].Fill(PadId);
    }

    private IEnumerable<BpeToken[]> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = ClipTextCleaner.Clean(text);
        return ClipPreTokenizer.Split(cleaned).Select(piece => _merger.Encode(ByteToUnicode.Map(cleaned.AsSpan(piece))));
    }

    private static ClipBpeTokenizer Build(
        IReadOnlyDictionary<string, int> vocabulary, IEnumerable<string> mergeLines, string padToken,
        string vocabularySource, string mergesSource)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(mergeLines);
        ArgumentException.ThrowIfNullOrEmpty(padToken);

        var startOfTextId = RequiredId(vocabulary, ClipSpecialTokens.StartOfText, "the start-of-text marker", vocabularySource);
        var endOfTextId = RequiredId(vocabulary, ClipSpecialTokens.EndOfText, "the end-of-text marker", vocabularySource);
        var padId = RequiredId(vocabulary, padToken, "the pad token", vocabularySource);
        var ranks = MergeRanks.Parse(mergeLines, mergesSource);
        // Hugging Face's CLIPTokenizer uses "<|endoftext|>" as its unknown token too.
        return new ClipBpeTokenizer(new BytePairMerger(vocabulary, ranks, unknownId: endOfTextId), startOfTextId, endOfTextId, padId);
    }

    private static int RequiredId(IReadOnlyDictionary<string, int> vocabulary, string token, string role, string source) =>
        vocabulary.TryGetValue(token, out var id)
            ? id
            : throw new InvalidDataException($"{source} has no '{token}' entry, which CLIP needs as {role}.");
}
