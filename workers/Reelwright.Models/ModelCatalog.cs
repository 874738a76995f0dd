using System.Diagnostics.CodeAnalysis;

namespace Reelwright.Models;

/// <summary>
/// The models installed in one or more directories: every <c>&lt;id&gt;/manifest.json</c> under them (the built-in
/// models beside the binaries, and the folder where users drop their own). Loaded once at start-up so a broken
/// manifest stops the process with its path and problem instead of failing the first request.
/// </summary>
public sealed class ModelCatalog
{
    private readonly Dictionary<string, ModelManifest> _byId;

    private ModelCatalog(Dictionary<string, ModelManifest> byId)
    {
        _byId = byId;
        All = [.. _byId.Values.OrderBy(m => m.Id, StringComparer.Ordinal)];
    }

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

    /// <param name="modelsDirectory">Must exist: it holds the built-in models.</param>
    /// <param name="userDirectory">Optional: where users drop their own models; skipped when null or missing.</param>
    /// <exception cref="ModelManifestException">
    /// The models directory is missing, a manifest is malformed or sits in a folder not named after its id, or two
    /// folders claim the same id.
    /// </exception>
    public static ModelCatalog Load(string modelsDirectory, string? userDirectory = null)
    {
        if (!Directory.Exists(modelsDirectory))
            throw new ModelManifestException($"Models directory '{Path.GetFullPath(modelsDirectory)}' does not exist.");

        var byId = new Dictionary<string, ModelManifest>(StringComparer.Ordinal);
        string[] directories = userDirectory is not null && Directory.Exists(userDirectory) ? [modelsDirectory, userDirectory] : [modelsDirectory];
        foreach (var manifest in directories.SelectMany(LoadManifests))
        {
            if (!byId.TryAdd(manifest.Id, manifest))
                throw new ModelManifestException($"Models '{byId[manifest.Id].Folder}' and '{manifest.Folder}' both have id '{manifest.Id}'; ids must be unique.");
        }

        return new ModelCatalog(byId);
    }

    private static IEnumerable<ModelManifest> LoadManifests(string directory)
    {
        foreach (var folder in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            var manifestPath = Path.Combine(folder, ModelManifest.FileName);
            if (!File.Exists(manifestPath))
                continue;

            var manifest = ModelManifest.Load(manifestPath);
            // The folder name is how a model is found from its id, so the two must agree.
            var folderName = Path.GetFileName(folder);
            if (manifest.Id != folderName)
                throw new ModelManifestException($"Model manifest '{manifestPath}' has id '{manifest.Id}' but sits in folder '{folderName}'; they must match.");
            yield return manifest;
        }
    }
}
