using Reelwright.Models.Tokenizers;
using Xunit;

namespace Reelwright.UnitTests.Models;

public sealed class ClipBpeTokenizerTests
{
    // Hugging Face transformers, tests/models/clip/test_tokenization_clip.py (test_full_tokenizer), whose vocabulary
    // is tests/fixtures/clip-tokenizer.
    private static readonly ClipBpeTokenizer HuggingFaceTestTokenizer = ClipBpeTokenizer.Load(
        Path.Combine("fixtures", "clip-tokenizer", "vocab.json"), Path.Combine("fixtures", "clip-tokenizer", "merges.txt"));

    private static readonly ClipBpeTokenizer BytesOnly = ByteLevelTokenizer();

    [Fact]
    public void Lower_newer_gives_the_tokens_hugging_face_publishes()
    {
        Assert.Equal(["lo", "w", "er</w>", "n", "e", "w", "er</w>"], HuggingFaceTestTokenizer.Tokenize("lower newer"));
    }

    [Fact]
    public void Lower_newer_encodes_to_the_ids_hugging_face_publishes_between_bos_and_eos()
    {
        var ids = EncodeInto(HuggingFaceTestTokenizer, "lower newer", length: 10);

        // 21 and 22 are the fixture's <|startoftext|> and <|endoftext|>; the published ids are the seven between.
        Assert.Equal([21, 10, 2, 16, 9, 3, 2, 16, 22, 22], ids);
    }

    [Fact]
    public void A_symbol_missing_from_the_vocabulary_gets_the_end_of_text_id_as_hugging_faces_default_unknown_token()
    {
        // Hugging Face's published test sets unk_token to "<unk>" (id 20); CLIPTokenizer's default, which
        // Stable Diffusion checkpoints use, is "<|endoftext|>".
        Assert.Equal(["z</w>"], HuggingFaceTestTokenizer.Tokenize("z"));
        Assert.Equal([21, 22, 22, 22], EncodeInto(HuggingFaceTestTokenizer, "z", length: 4));
    }

    [Fact]
    public void Single_byte_tokens_get_the_ids_of_clips_real_vocabulary()
    {
        // Ids from the integration test of Hugging Face's CLIPTokenizer with openai/clip-vit-base-patch32, as copied in
        // feisenyu/transformers_4573 tests/models/clip/test_tokenization_clip.py ("I was born in 92000, ..." and
        // "<s>"), and elixir-nx/bumblebee test/bumblebee/text/clip_tokenizer_test.exs ("a" is 320, BOS 49406, EOS 49407).
        Assert.Equal([49406, 280, 273, 271, 271, 271, 267, 49407], EncodeInto(BytesOnly, "92000,", length: 8));
        Assert.Equal([49406, 283, 338, 285, 49407], EncodeInto(BytesOnly, "<s>", length: 5));
        Assert.Equal([49406, 320, 328, 269, 49407], EncodeInto(BytesOnly, "a i .", length: 5));
    }

    [Fact]
    public void An_accented_letter_is_split_into_its_utf8_bytes_as_in_the_published_falsé()
    {
        // Published (feisenyu/transformers_4573 tests/models/clip/test_tokenization_clip.py): "falsé" gives
        // 'fal', 's' (id 82), 'Ã©</w>'. The merges below are the ones those tokens need.
        var tokenizer = ByteLevelTokenizer("f a", "fa l", "Ã ©</w>");

        Assert.Equal(["fal", "s", "Ã©</w>"], tokenizer.Tokenize("falsé"));
        Assert.Equal(82, EncodeInto(tokenizer, "falsé", length: 5)[2]);
    }

    [Fact]
    public void Chinese_is_one_word_of_utf8_byte_symbols_as_published()
    {
        // Published tokens and ids for "生活的真谛是" from the same test; the five merges give its three merged tokens,
        // and the unmerged bytes keep the real vocabulary's ids.
        var tokenizer = ByteLevelTokenizer("ç Ķ", "çĶ Ł", "ç ľ", "çľ Ł", "æ ĺ");

        Assert.Equal(
            ["çĶŁ", "æ", "´", "»", "ç", "ļ", "Ħ", "çľŁ", "è", "°", "Ľ", "æĺ", "¯</w>"], tokenizer.Tokenize("生活的真谛是"));
        var ids = EncodeInto(tokenizer, "生活的真谛是", length: 15);
        Assert.Equal([162, 112, 119, 163, 248, 226], ids[2..8]);
        Assert.Equal([164, 108, 249], ids[9..12]);
        Assert.Equal(363, ids[13]);
    }

    [Fact]
    public void An_emoji_outside_the_bmp_is_its_four_utf8_bytes_as_published()
    {
        // Published token for "😊" in the same test: 'ðŁĺĬ</w>'.
        var tokenizer = ByteLevelTokenizer("ð Ł", "ĺ Ĭ</w>", "ðŁ ĺĬ</w>");

        Assert.Equal(["ðŁĺĬ</w>"], tokenizer.Tokenize("😊"));
    }

    [Fact]
    public void The_published_mixed_string_splits_as_clips_pattern_does()
    {
        // Input from Hugging Face's test_check_encoding_slow_fast; the pieces follow from CLIP's pattern (checked against
        // Python's regex module): digits one by one, letters in runs, other symbols in runs that keep apostrophes
        // unless a contraction starts the piece.
        var tokens = BytesOnly.Tokenize("A\n'll 11p223RF☆ho!!to?'d'd''d of a cat to-$''d.");

        Assert.Equal(
            ["a", "'ll", "1", "1", "p", "2", "2", "3", "rf", "☆", "ho", "!!", "to", "?'", "d", "'d", "''", "d", "of", "a", "cat", "to", "-$''", "d", "."],
            ClipBpeTestVocabulary.Pieces(tokens));
    }

    [Theory]
    [InlineData("it's", new[] { "it", "'s" })]
    [InlineData("they're", new[] { "they", "'re" })]
    [InlineData("we've", new[] { "we", "'ve" })]
    [InlineData("I'm", new[] { "i", "'m" })]
    [InlineData("you'll", new[] { "you", "'ll" })]
    [InlineData("he'd", new[] { "he", "'d" })]
    [InlineData("don't", new[] { "don", "'t" })]
    [InlineData("'x", new[] { "'", "x" })]
    public void Contractions_are_pieces_of_their_own(string text, string[] expectedPieces)
    {
        Assert.Equal(expectedPieces, ClipBpeTestVocabulary.Pieces(BytesOnly.Tokenize(text)));
    }

    [Fact]
    public void Every_digit_is_a_piece_of_its_own_in_any_script()
    {
        Assert.Equal(["2", "0", "2", "4", "٣", "½", "x"], ClipBpeTestVocabulary.Pieces(BytesOnly.Tokenize("2024 ٣½x")));
    }

    [Fact]
    public void Punctuation_runs_are_pieces_between_words()
    {
        Assert.Equal(["hello", ",", "world", "!!!"], ClipBpeTestVocabulary.Pieces(BytesOnly.Tokenize("hello, world!!!")));
    }

    [Fact]
    public void A_letter_outside_the_bmp_stays_in_its_word()
    {
        // U+20000 is a CJK letter written as a surrogate pair in .NET; Python's regex, which CLIP uses, sees one letter.
        Assert.Equal(["a\U00020000b"], ClipBpeTestVocabulary.Pieces(BytesOnly.Tokenize("a\U00020000b")));
    }

    [Fact]
    public void Case_and_whitespace_do_not_change_the_tokens()
    {
        var expected = BytesOnly.Tokenize("a photo of école");

        Assert.Equal(expected, BytesOnly.Tokenize("  A\tPHOTO\u2028\u3000 of\r\n ÉCOLE  "));
        Assert.Equal(expected.Count, BytesOnly.CountTokens("A   Photo OF École"));
    }

    [Fact]
    public void Marker_text_in_a_prompt_becomes_the_marker_token_as_in_clip()
    {
        var tokens = BytesOnly.Tokenize("<|startoftext|>cat<|endoftext|>");

        Assert.Equal(["<|startoftext|>", "c", "a", "t</w>", "<|endoftext|>"], tokens);
        Assert.Equal([49406, 49406, 66, 64, 339, 49407, 49407], EncodeInto(BytesOnly, "<|startoftext|>cat<|endoftext|>", length: 7));
    }

    [Fact]
    public void Encode_writes_bos_tokens_eos_then_the_pad_id()
    {
        // SD 2.x pads with "!", which is id 0 in CLIP's vocabulary (the first printable byte).
        var sd2 = ClipBpeTokenizer.Create(ClipBpeTestVocabulary.ByteLevel([]), ["#version: 0.2"], padToken: "!");
        var ids = new long[ClipBpeTokenizer.ContextLength];

        sd2.Encode("a a", ids);

        Assert.Equal([49406, 320, 320, 49407], ids[..4]);
        Assert.All(ids[4..], id => Assert.Equal(0, id));
        Assert.Equal(0, sd2.PadId);
    }

    [Fact]
    public void A_prompt_without_tokens_is_bos_eos_and_padding()
    {
        var ids = new long[ClipBpeTokenizer.ContextLength];

        BytesOnly.Encode(" \t\n ", ids);

        Assert.Equal([49406, 49407, 49407], ids[..3]);
        Assert.All(ids[2..], id => Assert.Equal(49407, id));
        Assert.Empty(BytesOnly.Tokenize(""));
        Assert.Equal(0, BytesOnly.CountTokens("   "));
    }

    [Fact]
    public void Encode_truncates_to_75_tokens_and_keeps_eos_last()
    {
        var hundredDigits = string.Join(" ", Enumerable.Range(0, 100).Select(i => i % 10));
        var ids = new long[ClipBpeTokenizer.ContextLength];

        BytesOnly.Encode(hundredDigits, ids);

        Assert.Equal(100, BytesOnly.CountTokens(hundredDigits));
        Assert.Equal(49406, ids[0]);
        Assert.Equal(Enumerable.Range(0, 75).Select(i => 256L + 15 + i % 10), ids[1..76]); // "0</w>" is 271
        Assert.Equal(49407, ids[76]);
    }

    [Fact]
    public void Exactly_75_tokens_fill_the_context_with_eos_last()
    {
        var seventyFive = string.Concat(Enumerable.Repeat("1", 75));
        var ids = new long[ClipBpeTokenizer.ContextLength];

        BytesOnly.Encode(seventyFive, ids);

        Assert.Equal(75, BytesOnly.CountTokens(seventyFive));
        Assert.All(ids[1..76], id => Assert.Equal(272, id));
        Assert.Equal(49407, ids[76]);
    }

    [Fact]
    public void Encode_needs_room_for_bos_and_eos()
    {
        Assert.Throws<ArgumentException>(() => BytesOnly.Encode("a", new long[1]));
    }

    [Fact]
    public void Concurrent_requests_get_the_same_tokens_as_one_at_a_time()
    {
        var prompts = Enumerable.Range(0, 200).Select(i => $"shot {i}: lower newer {i * 7919} café's neon rain").ToArray();
        var expected = prompts.Select(prompt => EncodeInto(HuggingFaceTestTokenizer, prompt, ClipBpeTokenizer.ContextLength)).ToArray();
        var shared = ClipBpeTokenizer.Load(
            Path.Combine("fixtures", "clip-tokenizer", "vocab.json"), Path.Combine("fixtures", "clip-tokenizer", "merges.txt"));
        var actual = new long[prompts.Length * 8][];

        Parallel.For(0, actual.Length, i => actual[i] = EncodeInto(shared, prompts[i % prompts.Length], ClipBpeTokenizer.ContextLength));

        for (var i = 0; i < actual.Length; i++)
            Assert.Equal(expected[i % prompts.Length], actual[i]);
    }

    private static ClipBpeTokenizer ByteLevelTokenizer(params string[] merges) =>
        ClipBpeTokenizer.Create(ClipBpeTestVocabulary.ByteLevel(merges), merges.Prepend("#version: 0.2"));

    private static long[] EncodeInto(ClipBpeTokenizer tokenizer, string text, int length)
    {
        var ids = new long[length];
        tokenizer.Encode(text, ids);
        return ids;
    }
}
