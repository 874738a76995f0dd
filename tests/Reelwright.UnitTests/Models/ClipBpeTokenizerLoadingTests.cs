using Reelwright.Models.Tokenizers;
using Xunit;

namespace Reelwright.UnitTests.Models;

public sealed class ClipBpeTokenizerLoadingTests
{
    private static readonly string Fixtures = Path.Combine("fixtures", "clip-tokenizer");
    private static readonly string Vocabulary = Path.Combine(Fixtures, "vocab.json");
    private static readonly string Merges = Path.Combine(Fixtures, "merges.txt");

    [Fact]
    public void The_fixture_loads_with_its_markers_and_pads_with_end_of_text_by_default()
    {
        var tokenizer = ClipBpeTokenizer.Load(Vocabulary, Merges);

        Assert.Equal((21, 22, 22), (tokenizer.StartOfTextId, tokenizer.EndOfTextId, tokenizer.PadId));
    }

    [Fact]
    public void A_missing_file_names_its_path()
    {
        var missing = Path.Combine(Fixtures, "no-such-vocab.json");

        var error = Assert.Throws<FileNotFoundException>(() => ClipBpeTokenizer.Load(missing, Merges));

        Assert.Contains("no-such-vocab.json", error.Message);
    }

    [Fact]
    public void A_vocabulary_that_is_not_a_json_object_names_its_path()
    {
        var path = Path.Combine(Fixtures, "vocab-not-an-object.json");

        var error = Assert.Throws<InvalidDataException>(() => ClipBpeTokenizer.Load(path, Merges));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void A_vocabulary_without_the_start_marker_names_its_path_and_the_marker()
    {
        var path = Path.Combine(Fixtures, "vocab-without-start-of-text.json");

        var error = Assert.Throws<InvalidDataException>(() => ClipBpeTokenizer.Load(path, Merges));

        Assert.Contains(path, error.Message);
        Assert.Contains("<|startoftext|>", error.Message);
    }

    [Fact]
    public void A_pad_token_missing_from_the_vocabulary_is_named()
    {
        var error = Assert.Throws<InvalidDataException>(() => ClipBpeTokenizer.Load(Vocabulary, Merges, padToken: "!"));

        Assert.Contains("'!'", error.Message);
        Assert.Contains("pad token", error.Message);
    }

    [Fact]
    public void A_merge_line_that_is_not_two_symbols_names_the_file_and_line()
    {
        var path = Path.Combine(Fixtures, "merges-with-three-symbols.txt");

        var error = Assert.Throws<FormatException>(() => ClipBpeTokenizer.Load(Vocabulary, path));

        Assert.Contains(path, error.Message);
        Assert.Contains("line 3", error.Message);
    }

    [Fact]
    public void Create_without_the_end_marker_says_which_token_is_missing()
    {
        var vocabulary = new Dictionary<string, int> { ["<|startoftext|>"] = 0 };

        var error = Assert.Throws<InvalidDataException>(() => ClipBpeTokenizer.Create(vocabulary, []));

        Assert.Contains("<|endoftext|>", error.Message);
    }

    [Fact]
    public void Merges_past_clips_48894_are_ignored_as_the_reference_tokenizers_ignore_them()
    {
        // OpenAI's simple_tokenizer.py and Hugging Face's CLIPTokenizer both keep merges[1:49152-256-2+1].
        var filler = Enumerable.Range(0, 48_894).Select(i => $"q{i} r{i}");
        var vocabulary = new Dictionary<string, int>
        {
            ["<|startoftext|>"] = 0, ["<|endoftext|>"] = 1, ["x"] = 2, ["y</w>"] = 3, ["xy</w>"] = 4,
        };

        var tokenizer = ClipBpeTokenizer.Create(vocabulary, filler.Append("x y</w>"));
        var withinLimit = ClipBpeTokenizer.Create(vocabulary, ["x y</w>"]);

        Assert.Equal(["x", "y</w>"], tokenizer.Tokenize("xy"));
        Assert.Equal(["xy</w>"], withinLimit.Tokenize("xy"));
    }
}
