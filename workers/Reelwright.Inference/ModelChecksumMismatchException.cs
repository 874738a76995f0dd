namespace Reelwright.Inference;

/// <summary>The model file on disk is not the one its manifest describes (corrupt download, wrong version).</summary>
public sealed class ModelChecksumMismatchException(string modelPath, string expectedSha256, string actualSha256)
    : Exception($"Refusing to load model '{modelPath}': its sha256 is {actualSha256} but the manifest expects {expectedSha256}. " +
                "The file is corrupt or belongs to another version of the model; restore it or update the manifest.")
{
    public string ModelPath { get; } = modelPath;

    public string ExpectedSha256 { get; } = expectedSha256;

    public string ActualSha256 { get; } = actualSha256;
}
