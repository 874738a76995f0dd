namespace Reelwright.Inference;

/// <summary>A provider that was asked for but not used, and why, so an operator can fix the machine or the settings.</summary>
public sealed record SkippedExecutionProvider(string Name, string Reason)
{
    public override string ToString() => $"{Name} ({Reason})";
}
