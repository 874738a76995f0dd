using System.Collections.Frozen;
using System.Text.Json;

namespace Reelwright.Models;

/// <summary>
/// Turns a prompt into the model's fixed-length token ids, exactly as the model card specifies: lower-case,
/// words are the maximal runs of <c>a</c>-<c>z</c> (anything else separates words), each word is its vocabulary
/// id or <see cref="UnknownId"/>, the first <see cref="MaxTokens"/> are kept and the rest padded with
/// <see cref="PadId"/>. Any deviation changes what the network sees, so there is no cleverness here.
/// </summary>
public sealed class PromptTokenizer
{
    public const long PadId = 0;
    public const long UnknownId = 1;

    private readonly FrozenDictionary<string, long> _vocabulary;
    private readonly FrozenDictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PromptTokenizer(IReadOnlyDictionary<string, long> vocabulary, int maxTokens)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxTokens);
        _vocabulary = vocabulary.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxTokens = maxTokens;
    }

    public int MaxTokens { get; }

    /// <summary>Reads <c>vocab.json</c> (word to id) of the model the manifest describes.</summary>
    public static PromptTokenizer Load(ModelManifest manifest)
    {
        var path = manifest.PathOf(manifest.MiniSora?.VocabFile ?? throw new NotSupportedException($"Model '{manifest.Id}' is not a MiniSora model."));
        Dictionary<string, long>? vocabulary;
        try
        {
            using var stream = File.OpenRead(path);
            vocabulary = JsonSerializer.Deserialize<Dictionary<string, long>>(stream);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new ModelManifestException($"Vocabulary '{path}' of model '{manifest.Id}' cannot be read: {e.Message}", e);
        }

        if (vocabulary is null || vocabulary.Count == 0)
            throw new ModelManifestException($"Vocabulary '{path}' of model '{manifest.Id}' is empty.");
        return new PromptTokenizer(vocabulary, manifest.MaxPromptTokens);
    }

    /// <summary>The prompt's token ids, always exactly <see cref="MaxTokens"/> long. Null or empty gives all padding.</summary>
    public long[] Encode(string? prompt)
    {
        var tokens = new long[MaxTokens];
        Encode(prompt, tokens);
        return tokens;
    }

    /// <summary>Writes the prompt's ids into <paramref name="destination"/> (exactly <see cref="MaxTokens"/> long) without allocating per word.</summary>
    public void Encode(string? prompt, Span<long> destination)
    {
        if (destination.Length != MaxTokens)
            throw new ArgumentException($"The destination must hold exactly {MaxTokens} tokens, not {destination.Length}.", nameof(destination));

        destination.Fill(PadId);
        var count = 0;
        foreach (var word in new PromptWords(prompt))
        {
            if (count == MaxTokens)
                break;
            destination[count++] = _lookup.TryGetValue(word, out var id) ? id : UnknownId;
        }
    }

    /// <summary>
    /// How many words the prompt has before truncation. The API rejects prompts longer than
    /// <see cref="MaxTokens"/> because the words past it would be silently ignored.
    /// </summary>
    public static int CountTokens(string? prompt)
    {
        var count = 0;
        foreach (var _ in new PromptWords(prompt))
            count++;
        return count;
    }
}
