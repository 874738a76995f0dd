namespace Reelwright.Web.Components.Review;

/// <summary>
/// The video element's laid-out size and the video's own size, as the player's JS module measures them. The picture
/// is fitted inside the element (object-fit: contain), so where the two shapes differ it sits centred with bars.
/// </summary>
public sealed record PictureBox(double ElementWidth, double ElementHeight, double VideoWidth, double VideoHeight)
{
    /// <summary>
    /// A click at (offsetX, offsetY) in the element, as a point on the picture normalised to [0, 1]; a click on a bar
    /// lands on the nearest edge of the picture.
    /// </summary>
    public (double X, double Y) Normalise(double offsetX, double offsetY)
    {
        var (width, height) = PictureSize();
        var left = (ElementWidth - width) / 2;
        var top = (ElementHeight - height) / 2;
        return (Fraction(offsetX - left, width), Fraction(offsetY - top, height));
    }

    // Before its metadata loads a video has no size of its own; the element is the best guess at the picture then.
    private (double Width, double Height) PictureSize()
    {
        if (VideoWidth <= 0 || VideoHeight <= 0)
            return (ElementWidth, ElementHeight);
        var scale = Math.Min(ElementWidth / VideoWidth, ElementHeight / VideoHeight);
        return (VideoWidth * scale, VideoHeight * scale);
    }

    private static double Fraction(double offset, double length) =>
        length > 0 ? Math.Clamp(offset / length, 0, 1) : 0;
}
