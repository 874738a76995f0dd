namespace Reelwright.Api.Search;

/// <summary>Text search as a case-insensitive substring: the words typed are matched literally, % and _ included.</summary>
public static class LikePattern
{
    public static string Containing(string text) =>
        "%" + text.Trim().Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
}
