using Reelwright.TestModels.Clip;

namespace Reelwright.TestModels.StableDiffusion;

/// <summary>The tiny export's tokenizer: each of <see cref="Words"/> is one token; any other word splits into pieces.</summary>
public static class TinyClipVocabulary
{
    /// <summary>Words for prompts such as "a red circle rising".</summary>
    public static IReadOnlyList<string> Words { get; } =
        ["a", "the", "red", "blue", "green", "circle", "square", "rising", "falling", "cat", "dog", "over"];

    public static ClipVocabularyBuilder Builder { get; } = new(WholeWordMerges.For(Words));

    /// <summary>512 byte tokens, one per merge, and the two special tokens.</summary>
    public static int Size => Builder.Tokens.Count;
}
