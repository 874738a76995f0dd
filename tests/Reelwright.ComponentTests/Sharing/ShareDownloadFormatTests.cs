using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Sharing;

/// <summary>A share link's one download address becomes the MP4 or the GIF, keeping whatever proves the link.</summary>
public sealed class ShareDownloadFormatTests
{
    [Theory]
    [InlineData("/api/generations/1/download", "gif", "/api/generations/1/download?format=gif")]
    [InlineData("/api/generations/1/download?share=sh_abc", "gif", "/api/generations/1/download?share=sh_abc&format=gif")]
    [InlineData("/api/generations/1/download?format=mp4&share=sh_abc", "gif", "/api/generations/1/download?share=sh_abc&format=gif")]
    [InlineData("/api/generations/1/download?share=sh_abc&format=mp4", "mp4", "/api/generations/1/download?share=sh_abc&format=mp4")]
    public void The_format_is_set_and_the_rest_of_the_address_kept(string downloadUrl, string format, string expected)
    {
        Assert.Equal(expected, ShareDownloadFormat.Apply(downloadUrl, format));
    }
}
