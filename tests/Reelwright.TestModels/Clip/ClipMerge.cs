namespace Reelwright.TestModels.Clip;

/// <summary>One BPE merge, a line of merges.txt: two adjacent symbols that become one token.</summary>
public readonly record struct ClipMerge(string Left, string Right)
{
    public string Merged => Left + Right;

    public override string ToString() => $"{Left} {Right}";
}
