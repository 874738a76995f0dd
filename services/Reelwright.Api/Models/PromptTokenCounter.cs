using Reelwright.Models;
using Reelwright.Models.Tokenizers;

namespace Reelwright.Api.Models;

/// <summary>
/// Counts a prompt the way its model will read it (MiniSora's words, Stable Diffusion's CLIP tokens), so an over-long
/// prompt is refused at submit instead of silently cut short by the tokenizer. The CLIP vocabularies are read once,
/// when the API first needs them; a model whose tokenizer files are missing stops the API with the reason.
/// </summary>
public sealed class PromptTokenCounter
{
    private readonly Dictionary<string, ClipBpeTokenizer> _clipTokenizers = new(StringComparer.Ordinal);

    /// <exception cref="ModelManifestException">A Stable Diffusion model's tokenizer files cannot be read.</exception>
    public PromptTokenCounter(ModelCatalog catalog)
    {
        foreach (var model in catalog.All.Where(m => m.StableDiffusion is not null))
        {
            var files = model.StableDiffusion!;
            try
            {
                _clipTokenizers[model.Id] = ClipBpeTokenizer.Load(model.PathOf(files.VocabFile), model.PathOf(files.MergesFile), files.PadToken);
            }
            catch (Exception e) when (e is FormatException or InvalidDataException or IOException or UnauthorizedAccessException)
            {
                throw new ModelManifestException($"The tokenizer of model '{model.Id}' cannot be loaded: {e.Message}", e);
            }
        }
    }

    public int Count(ModelManifest model, string text) =>
        _clipTokenizers.TryGetValue(model.Id, out var tokenizer) ? tokenizer.CountTokens(text) : PromptTokenizer.CountTokens(text);

    /// <summary>What the model's tokens are, in words for an error message.</summary>
    public static string UnitOf(ModelManifest model) => model.IsStableDiffusion ? "tokens" : "words";
}
