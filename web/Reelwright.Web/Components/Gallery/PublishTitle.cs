using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Gallery;

/// <summary>The title a clip is published under: the API takes 1–200 characters; until named, it is the prompt.</summary>
public static class PublishTitle
{
    public const int MaxLength = 200;

    public static string Default(GenerationView generation)
    {
        var title = (generation.Title ?? generation.Prompt).Trim();
        return title.Length <= MaxLength ? title : title[..MaxLength];
    }
}
