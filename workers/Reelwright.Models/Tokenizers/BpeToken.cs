namespace Reelwright.Models.Tokenizers;

/// <summary>One BPE symbol of a word and its vocabulary id, kept together so a cached word serves both
/// <see cref="ClipBpeTokenizer.Tokenize"/> and <see cref="ClipBpeTokenizer.Encode"/>.</summary>
internal readonly record struct BpeToken(string Text, int Id);
