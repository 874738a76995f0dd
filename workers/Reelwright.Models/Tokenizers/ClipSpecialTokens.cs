namespace Reelwright.Models.Tokenizers;

/// <summary>The markers CLIP wraps every prompt in; both are whole vocabulary entries, never split by BPE.</summary>
internal static class ClipSpecialTokens
{
    public const string StartOfText = "<|startoftext|>";
    public const string EndOfText = "<|endoftext|>";

    public static bool IsSpecial(string piece) => piece is StartOfText or EndOfText;
}
