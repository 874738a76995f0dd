using Reelwright.Models;

namespace Reelwright.InferenceBenchmarks;

/// <summary>What every variant samples: the card's reference prompt with the model's default steps and guidance.</summary>
public sealed record ClipPrompt(string Text, long[] Tokens, long[] NegativeTokens, int Steps, float Guidance)
{
    public const string ReferencePrompt = "a red circle moving left on a blue background";

    public static ClipPrompt For(ModelManifest manifest, string modelsDirectory)
    {
        var tokenizer = PromptTokenizer.Load(manifest);
        return new ClipPrompt(ReferencePrompt, tokenizer.Encode(ReferencePrompt), tokenizer.Encode(""), manifest.Defaults.Steps, (float)manifest.Defaults.Guidance);
    }

    public ClipRecipe Recipe(long seed) => new(Text, NegativePrompt: "", seed, Steps, Guidance);
}
