namespace Reelwright.Api.Media;

public static class MediaUrls
{
    public static string For(Guid generationId, MediaKind kind) =>
        $"/api/generations/{generationId}/media/{kind.ToString().ToLowerInvariant()}";
}
