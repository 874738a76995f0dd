using Reelwright.Data.Generations;

namespace Reelwright.Api.Downloads;

/// <summary>The title and comment a downloaded MP4 carries.</summary>
public sealed record DownloadMetadata(string Title, string Comment)
{
    public const string RecipeHidden = "recipe hidden";

    /// <summary>What a clip published without its title is called when its prompt must not show.</summary>
    public const string Untitled = "Reelwright clip";

    /// <summary>
    /// The published title, else the prompt. With the recipe hidden neither the comment nor the title may carry the
    /// prompt.
    /// </summary>
    public static DownloadMetadata For(Generation generation, Clip clip, bool hideRecipe)
    {
        var publishedTitle = generation.PublishedAt is not null && !string.IsNullOrWhiteSpace(generation.Title) ? generation.Title : null;
        var title = publishedTitle ?? (hideRecipe ? Untitled : generation.Prompt);
        var comment = hideRecipe ? RecipeHidden : DownloadRecipe.From(generation, clip).ToJson();
        return new DownloadMetadata(title, comment);
    }
}
