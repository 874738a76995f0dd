using System.Text.Json;

namespace Reelwright.Models.Tokenizers;

/// <summary>Reads a Hugging Face <c>vocab.json</c>: one JSON object from token to id.</summary>
internal static class ClipVocabularyFile
{
    public static Dictionary<string, int> Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<Dictionary<string, int>>(stream)
                ?? throw new InvalidDataException($"Vocabulary '{path}' is null; expected a JSON object from token to id.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Vocabulary '{path}' is not a JSON object from token to integer id: {e.Message}", e);
        }
    }
}
