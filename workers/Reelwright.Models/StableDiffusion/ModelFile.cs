namespace Reelwright.Models.StableDiffusion;

/// <summary>One network of an export, by its path inside the model's folder and the sha256 it must have.</summary>
public sealed record ModelFile(string File, string Sha256)
{
    public void AddProblems(List<string> problems, string member)
    {
        ManifestRules.RequireRelativeFile(problems, $"{member}.file", File);
        ManifestRules.RequireSha256(problems, $"{member}.sha256", Sha256);
    }
}
