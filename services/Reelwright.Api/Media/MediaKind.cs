namespace Reelwright.Api.Media;

/// <summary>The three renditions stored for every clip.</summary>
public enum MediaKind
{
    Video,
    Poster,
    Preview,
}
