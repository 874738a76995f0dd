using System.Text.Json;
using Reelwright.TestModels.Clip;
using Reelwright.TestModels.StableDiffusion;
using Xunit;

namespace Reelwright.UnitTests.TestModels;

public sealed class ClipVocabularyBuilderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("reelwright-clip-vocab-").FullName;

    [Fact]
    public void The_vocabulary_is_the_byte_alphabet_twice_then_the_merges_then_the_special_tokens()
    {
        var builder = new ClipVocabularyBuilder([new("r", "e"), new("re", "d</w>")]);

        Assert.Equal(512 + 2 + 2, builder.Tokens.Count);
        Assert.Equal(("!", "!</w>"), (builder.Tokens[0], builder.Tokens[256]));
        Assert.Equal(("re", "red</w>"), (builder.Tokens[512], builder.Tokens[513]));
        Assert.Equal(["<|startoftext|>", "<|endoftext|>"], builder.Tokens.TakeLast(2));
    }

    [Fact]
    public void The_byte_alphabet_is_gpt2s_bytes_to_unicode()
    {
        var alphabet = ClipByteAlphabet.Characters;

        Assert.Equal(256, alphabet.Distinct().Count());
        // Printable bytes first, in byte order; then the rest, from U+0100 on: byte 0 is 'Ā', the space is 'Ġ'.
        Assert.Equal(("!", "~", "¡", "ÿ"), (alphabet[0], alphabet[93], alphabet[94], alphabet[187]));
        Assert.Equal(("Ā", "Ġ"), (alphabet[188], alphabet[188 + 32]));
    }

    [Fact]
    public void The_files_are_in_clips_format()
    {
        TinyClipVocabulary.Builder.WriteTo(_directory);

        var merges = File.ReadAllLines(Path.Combine(_directory, "merges.txt"));
        var vocab = JsonSerializer.Deserialize<Dictionary<string, int>>(File.ReadAllText(Path.Combine(_directory, "vocab.json")))!;

        Assert.Equal("#version: 0.2", merges[0]);
        Assert.Equal(TinyClipVocabulary.Builder.Merges.Count, merges.Length - 1);
        Assert.Equal(512 + merges.Length - 1 + 2, vocab.Count);
        Assert.Equal(vocab.Count - 2, vocab["<|startoftext|>"]);
        Assert.Equal(vocab.Count - 1, vocab["<|endoftext|>"]);
        Assert.Equal(0, vocab["!"]);
        Assert.Equal(vocab.Values.Order(), Enumerable.Range(0, vocab.Count));
        foreach (var line in merges.Skip(1))
            Assert.Contains(line.Replace(" ", ""), vocab.Keys);
    }

    [Fact]
    public void Each_word_of_the_tiny_vocabulary_is_one_token_under_the_written_merges()
    {
        TinyClipVocabulary.Builder.WriteTo(_directory);
        var ranks = File.ReadAllLines(Path.Combine(_directory, "merges.txt")).Skip(1)
            .Select((line, rank) => (Merge: new ClipMerge(line.Split(' ')[0], line.Split(' ')[1]), Rank: rank))
            .ToDictionary(entry => entry.Merge, entry => entry.Rank);

        Assert.InRange(ranks.Count, 24, 60);
        foreach (var word in TinyClipVocabulary.Words)
            Assert.Equal([word + "</w>"], BytePairEncoding.Split(word, ranks));
        Assert.True(BytePairEncoding.Split("zebra", ranks).Count > 1, "a word outside the list should split into pieces");
    }

    [Fact]
    public void A_merge_of_symbols_nothing_makes_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ClipVocabularyBuilder([new("re", "d</w>")]));

        Assert.Contains("re d</w>", error.Message);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
