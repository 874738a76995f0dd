namespace Reelwright.Models.MiniSora;

/// <summary>
/// The "miniSora" section of a manifest: the single ONNX network that denoises a whole clip, its word vocabulary,
/// and the fixed number of frames it makes.
/// </summary>
public sealed record MiniSoraFiles(string ModelFile, string Sha256, string VocabFile, int Frames)
{
    public void AddProblems(List<string> problems)
    {
        ManifestRules.RequireRelativeFile(problems, "miniSora.modelFile", ModelFile);
        ManifestRules.RequireRelativeFile(problems, "miniSora.vocabFile", VocabFile);
        ManifestRules.RequireSha256(problems, "miniSora.sha256", Sha256);
        ManifestRules.RequirePositive(problems, "miniSora.frames", Frames);
    }
}
