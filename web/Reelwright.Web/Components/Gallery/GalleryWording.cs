namespace Reelwright.Web.Components.Gallery;

/// <summary>Counts on public pages, in words: "1 like", "3 likes", "no remixes".</summary>
public static class GalleryWording
{
    public static string Likes(int likes) => Counted(likes, "like", "likes");

    public static string Remixes(int remixes) => Counted(remixes, "remix", "remixes");

    private static string Counted(int n, string one, string many) => n switch
    {
        0 => $"no {many}",
        1 => $"1 {one}",
        _ => $"{n} {many}",
    };
}
