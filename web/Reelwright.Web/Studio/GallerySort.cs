namespace Reelwright.Web.Studio;

/// <summary>The gallery's two orders: newest published first, or most liked in the last seven days.</summary>
public enum GallerySort
{
    Recent,
    Liked,
}
