namespace Reelwright.Inference;

/// <summary>
/// The outcome of choosing an execution provider at start-up: the one to use, and enough of the story
/// (asked for, compiled in, skipped and why) to explain in one log line why a GPU was not used.
/// </summary>
public sealed record ExecutionProviderSelection(
    string Provider,
    IReadOnlyList<string> Requested,
    IReadOnlyList<string> Available,
    IReadOnlyList<SkippedExecutionProvider> Skipped)
{
    public string Describe()
    {
        var skipped = Skipped.Count == 0 ? "none" : string.Join(", ", Skipped);
        return $"using {Provider}; asked for {string.Join(", ", Requested)}; " +
               $"this ONNX Runtime has {string.Join(", ", Available)}; skipped: {skipped}";
    }

    public override string ToString() => Describe();
}
