using Reelwright.Models;
using Xunit;

namespace Reelwright.UnitTests.Models;

public sealed class PromptTokenizerTests
{
    private static readonly PromptTokenizer Tokenizer = LoadTokenizer();

    public static TheoryData<string, long[]> ReferencePrompts()
    {
        var cases = new TheoryData<string, long[]>();
        foreach (var prompt in MiniSoraShapesFiles.Reference.GetProperty("tokenizer_cases").EnumerateObject())
            cases.Add(prompt.Name, MiniSoraShapesFiles.Ids(prompt.Value));
        return cases;
    }

    [Theory]
    [MemberData(nameof(ReferencePrompts))]
    public void Reference_prompts_encode_to_the_cards_ids(string prompt, long[] expectedIds)
    {
        Assert.Equal(expectedIds, Tokenizer.Encode(prompt));
    }

    [Fact]
    public void The_card_lists_six_reference_prompts()
    {
        Assert.Equal(6, ReferencePrompts().Count);
    }

    [Fact]
    public void A_missing_prompt_encodes_like_the_empty_prompt()
    {
        Assert.Equal(new long[24], Tokenizer.Encode(null));
    }

    [Fact]
    public void Words_are_counted_before_truncation_so_the_api_can_reject_long_prompts()
    {
        var fortyWords = string.Join(' ', Enumerable.Repeat("blue", 40));

        Assert.Equal(40, PromptTokenizer.CountTokens(fortyWords));
        Assert.Equal(24, Tokenizer.Encode(fortyWords).Length);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("  !!  42 ", 0)]
    [InlineData("A Large YELLOW square, spinning!!", 5)]
    [InlineData("don't", 2)]
    public void Words_are_runs_of_letters(string prompt, int expectedWords)
    {
        Assert.Equal(expectedWords, PromptTokenizer.CountTokens(prompt));
    }

    private static PromptTokenizer LoadTokenizer()
    {
        var catalog = ModelCatalog.Load(MiniSoraShapesFiles.ModelsDirectory);
        Assert.True(catalog.TryGet(MiniSoraShapesFiles.ModelId, out var manifest));
        return PromptTokenizer.Load(manifest);
    }
}
