using System.Diagnostics.CodeAnalysis;

namespace Reelwright.Models;

/// <summary>
/// The models installed in one directory: every <c>&lt;id&gt;/manifest.json</c> under it. Loaded once at start-up
/// so a broken manifest stops the process with its path and problem instead of failing the first request.
/// </summary>
public sealed class ModelCatalog
{
    private readonly Dictionary<string, ModelManifest> _byId;

    private ModelCatalog(string modelsDirectory, IEnumerable<ModelManifest> manifests)
    {
        ModelsDirectory = modelsDirectory;
        _byId = manifests.ToDictionary(m => m.Id, StringComparer.Ordinal);
        All = [.. _byId.Values.OrderBy(m => m.Id, StringComparer.Ordinal)];
    }

    public string ModelsDirectory { get; }

    /// <summary>Every model, ordered by id.</summary>
    public IReadOnlyList<ModelManifest> All { get; }

    public bool TryGet(string id, [NotNullWhen(true)] out ModelManifest? manifest) => _byId.TryGetValue(id, out manifest);

    /// <summary>
    /// Where a configured models directory is: a relative path (the default is "models") is taken from beside the
    /// application's binaries, where the build copies the installed models, not from the working directory.
    /// </summary>
    public static string ResolveDirectory(string? configured)
    {
        var directory = string.IsNullOrWhiteSpace(configured) ? "models" : configured;
        return Path.IsPathRooted(directory) ? directory : Path.Combine(AppContext.BaseDirectory, directory);
    }

    /// <exception cref="ModelManifestException">The directory is missing, or a manifest is malformed or sits in a folder not named after its id.</exception>
    public static ModelCatalog Load(string modelsDirectory)
    {
        if (!Directory.Exists(modelsDirectory))
            throw new ModelManifestException($"Models directory '{Path.GetFullPath(modelsDirectory)}' does not exist.");

        var manifests = new List<ModelManifest>();
        foreach (var folder in Directory.EnumerateDirectories(modelsDirectory).Order(StringComparer.Ordinal))
        {
            var manifestPath = Path.Combine(folder, ModelManifest.FileName);
            if (!File.Exists(manifestPath))
                continue;

            var manifest = ModelManifest.Load(manifestPath);
            // The folder name is how files are found from the id, so the two must agree.
            var folderName = Path.GetFileName(folder);
            if (manifest.Id != folderName)
                throw new ModelManifestException($"Model manifest '{manifestPath}' has id '{manifest.Id}' but sits in folder '{folderName}'; they must match.");
            manifests.Add(manifest);
        }

        return new ModelCatalog(modelsDirectory, manifests);
    }
}
