using System.Net;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Gallery;

/// <summary>
/// The size of the iframe that embeds a clip: a fixed width, the clip's shape, and a line below for its title.
/// Clips are small (64 px and up), so the player scales them up rather than showing them at their own size.
/// </summary>
public sealed record EmbedSize(int Width, int Height)
{
    private const int FrameWidth = 480;
    private const int TitleLineHeight = 40;

    public static EmbedSize For(GalleryClipView clip) =>
        new(FrameWidth, FrameWidth * Math.Max(clip.Height, 1) / Math.Max(clip.Width, 1) + TitleLineHeight);

    /// <summary>The HTML to paste into another page; the title is encoded, being the author's words.</summary>
    public string IframeCode(string embedUrl, string title) =>
        $"<iframe src=\"{embedUrl}\" width=\"{Width}\" height=\"{Height}\" title=\"{WebUtility.HtmlEncode(title)}\" "
        + "style=\"border:0\" allow=\"autoplay; fullscreen\" allowfullscreen></iframe>";
}
