using Reelwright.Api.Prompts.Diff;
using Xunit;

namespace Reelwright.UnitTests.Prompts;

public sealed class WordDiffTests
{
    [Fact]
    public void Identical_prompts_are_one_same_piece()
    {
        Assert.Equal([Same("a red circle")], WordDiff.Between("a red circle", "a red circle"));
    }

    [Fact]
    public void Two_empty_prompts_have_no_pieces()
    {
        Assert.Empty(WordDiff.Between("", ""));
    }

    [Fact]
    public void Text_written_into_an_empty_prompt_is_all_inserted()
    {
        Assert.Equal([Inserted("a red circle")], WordDiff.Between("", "a red circle"));
    }

    [Fact]
    public void A_prompt_cleared_to_empty_is_all_deleted()
    {
        Assert.Equal([Deleted("a red circle")], WordDiff.Between("a red circle", ""));
    }

    [Fact]
    public void A_replaced_word_shows_as_deleted_then_inserted()
    {
        Assert.Equal([Same("a "), Deleted("red"), Inserted("blue"), Same(" circle")],
            WordDiff.Between("a red circle", "a blue circle"));
    }

    [Fact]
    public void A_replaced_first_word_shows_as_deleted_then_inserted()
    {
        Assert.Equal([Deleted("red"), Inserted("blue"), Same(" circle")], WordDiff.Between("red circle", "blue circle"));
    }

    [Fact]
    public void Each_of_two_replaced_words_shows_as_deleted_then_inserted()
    {
        Assert.Equal([Same("a "), Deleted("red"), Inserted("blue"), Same(" "), Deleted("circle"), Inserted("square")],
            WordDiff.Between("a red circle", "a blue square"));
    }

    [Fact]
    public void An_inserted_word_carries_its_space()
    {
        Assert.Equal([Same("a "), Inserted("red "), Same("circle")], WordDiff.Between("a circle", "a red circle"));
    }

    [Fact]
    public void A_deleted_word_carries_its_space()
    {
        Assert.Equal([Same("a "), Deleted("big "), Same("red circle")], WordDiff.Between("a big red circle", "a red circle"));
    }

    [Fact]
    public void Words_appended_at_the_end_are_inserted()
    {
        Assert.Equal([Same("a red circle"), Inserted(", soft light")], WordDiff.Between("a red circle", "a red circle, soft light"));
    }

    [Fact]
    public void A_changed_punctuation_mark_is_its_own_change()
    {
        Assert.Equal([Same("a red circle"), Deleted(","), Inserted(";"), Same(" soft light")],
            WordDiff.Between("a red circle, soft light", "a red circle; soft light"));
    }

    [Fact]
    public void Punctuation_next_to_a_word_does_not_hide_the_word()
    {
        Assert.Equal([Same("sunset over the "), Deleted("sea"), Inserted("hills"), Same(".")],
            WordDiff.Between("sunset over the sea.", "sunset over the hills."));
    }

    [Fact]
    public void A_changed_number_inside_a_word_changes_the_whole_word()
    {
        Assert.Equal([Same("shot in "), Deleted("4k"), Inserted("8k")], WordDiff.Between("shot in 4k", "shot in 8k"));
    }

    [Fact]
    public void A_repeated_phrase_inserted_between_copies_is_one_insertion()
    {
        // Any of the equally short alignments is right; the shared start is kept as long as it goes.
        Assert.Equal([Same("a cat, a "), Inserted("dog, a "), Same("cat")], WordDiff.Between("a cat, a cat", "a cat, a dog, a cat"));
    }

    [Fact]
    public void One_of_several_repeated_words_deleted_is_one_deletion()
    {
        Assert.Equal([Same("red red "), Deleted("red "), Same("ball")], WordDiff.Between("red red red ball", "red red ball"));
    }

    [Fact]
    public void Swapped_repeated_words_keep_the_longest_shared_text()
    {
        var pieces = WordDiff.Between("the cat and the dog", "the dog and the cat");

        Assert.Equal("the  and the ", string.Concat(pieces.Where(p => p.Kind == DiffKind.Same).Select(p => p.Text)));
        AssertRebuilds("the cat and the dog", "the dog and the cat", pieces);
    }

    [Fact]
    public void A_changed_emoji_is_never_split_between_pieces()
    {
        Assert.Equal([Same("a "), Deleted("😀"), Inserted("😁"), Same(" face")], WordDiff.Between("a 😀 face", "a 😁 face"));
    }

    [Fact]
    public void A_change_of_spacing_alone_is_a_change()
    {
        Assert.Equal([Same("a"), Deleted(" "), Inserted("  "), Same("red circle")], WordDiff.Between("a red circle", "a  red circle"));
    }

    [Fact]
    public void Texts_too_long_to_align_are_all_deleted_then_all_inserted()
    {
        var before = string.Join(" ", Enumerable.Range(0, 4_500).Select(i => $"old{i}"));
        var after = string.Join(" ", Enumerable.Range(0, 4_500).Select(i => $"new{i}"));

        Assert.Equal([Deleted(before), Inserted(after)], WordDiff.Between(before, after));
    }

    [Fact]
    public void Texts_too_long_to_align_keep_their_shared_start_and_end()
    {
        var before = "start " + string.Join(" ", Enumerable.Range(0, 4_500).Select(i => $"old{i}")) + " end";
        var after = "start " + string.Join(" ", Enumerable.Range(0, 4_500).Select(i => $"new{i}")) + " end";

        var pieces = WordDiff.Between(before, after);

        Assert.Equal([DiffKind.Same, DiffKind.Deleted, DiffKind.Inserted, DiffKind.Same], pieces.Select(p => p.Kind));
        AssertRebuilds(before, after, pieces);
    }

    public static TheoryData<string, string> Pairs => new()
    {
        { "", "" },
        { "a", "" },
        { "", "a" },
        { " ", "  " },
        { "a red circle", "a blue circle" },
        { "a red circle", "a red circle on a white background" },
        { "cinematic, 35mm, golden hour", "cinematic, 50mm, blue hour, rain" },
        { "a cat sitting on a mat", "a mat sitting on a cat" },
        { "the the the", "the" },
        { "the", "the the the" },
        { "Hello, world!", "Hello world" },
        { "line one\nline two", "line one\r\nline 2" },
        { "café au lait", "cafe\u0301 au lait" },
        { "a 😀😁 face", "a 😁😀 face!" },
        { "(masterpiece:1.2), best quality", "(masterpiece:1.4), best-quality, 8k" },
        { "...!!!", "!!!..." },
        { "x y z", "z y x" },
        { "  leading and trailing  ", "leading and trailing" },
        { "a\tb", "a b" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void The_pieces_rebuild_both_prompts(string before, string after)
    {
        AssertRebuilds(before, after, WordDiff.Between(before, after));
    }

    [Fact]
    public void The_pieces_rebuild_both_prompts_for_many_random_edits()
    {
        string[] vocabulary = ["a", "red", "blue", "circle", "square", ",", ".", " ", "  ", "\n", "cat", "the", "😀", "4k", "-"];
        var random = new Random(20_240_611);
        for (var round = 0; round < 500; round++)
        {
            var before = RandomText(random, vocabulary);
            var after = random.Next(3) == 0 ? RandomText(random, vocabulary) : Edit(random, before, vocabulary);

            AssertRebuilds(before, after, WordDiff.Between(before, after));
        }
    }

    [Fact]
    public void A_long_prompt_rebuilds_within_the_size_guard()
    {
        var random = new Random(7);
        string[] vocabulary = ["sunlit", "forest", "river", "mist", "dawn", ", ", " ", ". "];
        var before = string.Concat(Enumerable.Range(0, 400).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
        var after = Edit(random, before, vocabulary);

        AssertRebuilds(before, after, WordDiff.Between(before, after));
    }

    private static void AssertRebuilds(string before, string after, IReadOnlyList<DiffPiece> pieces)
    {
        Assert.Equal(before, string.Concat(pieces.Where(p => p.Kind != DiffKind.Inserted).Select(p => p.Text)));
        Assert.Equal(after, string.Concat(pieces.Where(p => p.Kind != DiffKind.Deleted).Select(p => p.Text)));
        Assert.All(pieces, p => Assert.NotEqual("", p.Text));
        for (var i = 1; i < pieces.Count; i++)
        {
            Assert.NotEqual(pieces[i - 1].Kind, pieces[i].Kind);
            Assert.False(pieces[i - 1].Kind == DiffKind.Inserted && pieces[i].Kind == DiffKind.Deleted,
                $"An insertion came before a deletion at piece {i} of \"{before}\" → \"{after}\".");
        }
    }

    private static string RandomText(Random random, string[] vocabulary) =>
        string.Concat(Enumerable.Range(0, random.Next(0, 20)).Select(_ => vocabulary[random.Next(vocabulary.Length)]));

    private static string Edit(Random random, string text, string[] vocabulary)
    {
        var edited = text;
        for (var edit = random.Next(1, 4); edit > 0; edit--)
        {
            var at = random.Next(edited.Length + 1);
            var length = random.Next(Math.Min(4, edited.Length - at) + 1);
            edited = edited[..at] + edited[(at + length)..];
            edited = edited.Insert(Math.Min(at, edited.Length), vocabulary[random.Next(vocabulary.Length)]);
        }
        return edited;
    }

    private static DiffPiece Same(string text) => new(DiffKind.Same, text);

    private static DiffPiece Inserted(string text) => new(DiffKind.Inserted, text);

    private static DiffPiece Deleted(string text) => new(DiffKind.Deleted, text);
}
