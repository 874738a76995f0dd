using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Reelwright.TestModels.Clip;

/// <summary>
/// Writes a tokenizer in CLIP's format from a list of merges. CLIP derives vocab.json from merges.txt: the 256
/// byte characters, the same 256 with the end-of-word mark "&lt;/w&gt;", one token per merge, then the start
/// and end tokens. Token ids are positions in that list.
/// </summary>
public sealed class ClipVocabularyBuilder
{
    public const string EndOfWord = "</w>";
    public const string StartOfText = "<|startoftext|>";
    public const string EndOfText = "<|endoftext|>";
    public const string MergesHeader = "#version: 0.2";

    /// <param name="merges">In rank order; each must join tokens the byte alphabet or an earlier merge makes.</param>
    public ClipVocabularyBuilder(IEnumerable<ClipMerge> merges)
    {
        Merges = [.. merges];
        Tokens = BuildTokens(Merges);
    }

    public IReadOnlyList<ClipMerge> Merges { get; }

    /// <summary>Every token, indexed by id: 512 byte tokens, one per merge, then the two special tokens.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>vocab.json: one object mapping each token to its id, in id order.</summary>
    public string VocabJson()
    {
        using var buffer = new MemoryStream();
        // Relaxed escaping keeps the byte characters readable, as in the published files.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            for (var id = 0; id < Tokens.Count; id++)
                json.WriteNumber(Tokens[id], id);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>merges.txt: the version header, then "left right" per line, in rank order.</summary>
    public string MergesText() => string.Join('\n', [MergesHeader, .. Merges.Select(merge => merge.ToString())]) + "\n";

    /// <summary>The special tokens as a tokenizer folder names them; CLIP pads with its end token.</summary>
    public static string SpecialTokensMapJson() => JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["bos_token"] = StartOfText,
        ["eos_token"] = EndOfText,
        ["pad_token"] = EndOfText,
        ["unk_token"] = EndOfText,
    }, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Writes vocab.json, merges.txt and special_tokens_map.json into <paramref name="tokenizerDirectory"/>.</summary>
    public void WriteTo(string tokenizerDirectory)
    {
        Directory.CreateDirectory(tokenizerDirectory);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        File.WriteAllText(Path.Combine(tokenizerDirectory, "vocab.json"), VocabJson(), utf8);
        File.WriteAllText(Path.Combine(tokenizerDirectory, "merges.txt"), MergesText(), utf8);
        File.WriteAllText(Path.Combine(tokenizerDirectory, "special_tokens_map.json"), SpecialTokensMapJson(), utf8);
    }

    private static List<string> BuildTokens(IReadOnlyList<ClipMerge> merges)
    {
        var bytes = ClipByteAlphabet.Characters;
        List<string> tokens = [.. bytes, .. bytes.Select(character => character + EndOfWord)];
        var known = new HashSet<string>(tokens, StringComparer.Ordinal);
        foreach (var merge in merges)
        {
            // A merge of symbols nothing can produce would never apply, and is a mistake in the list.
            if (!known.Contains(merge.Left) || !known.Contains(merge.Right))
                throw new ArgumentException($"Merge '{merge}' joins a symbol that neither the byte alphabet nor an earlier merge makes.", nameof(merges));
            // vocab.json is a JSON object: a second token with the same text would collide with the first.
            if (!known.Add(merge.Merged))
                throw new ArgumentException($"Merge '{merge}' makes '{merge.Merged}', which an earlier entry already makes.", nameof(merges));
            tokens.Add(merge.Merged);
        }
        tokens.Add(StartOfText);
        tokens.Add(EndOfText);
        return tokens;
    }
}
