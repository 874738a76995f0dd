using Microsoft.AspNetCore.OutputCaching;

namespace Reelwright.Web.Components.Gallery;

/// <summary>
/// The public gallery pages as visitors see them, kept in memory for a few seconds: hundreds of readers then cost a
/// handful of API calls. Signed-in readers (likes, their own view) are never served from it. Publishing or unpublishing
/// through this web app empties it at once; a change made elsewhere (the API directly, another web instance) shows
/// within <see cref="Lifetime"/>, while the media of an unpublished clip stops playing at once either way (its signed
/// URLs are void).
/// </summary>
public static class GalleryCache
{
    public const string Policy = "gallery";

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private const string Tag = "gallery";

    public static void AddPolicy(OutputCacheOptions options) =>
        options.AddPolicy(Policy, policy => policy.Expire(Lifetime).Tag(Tag));

    public static ValueTask ForgetAsync(IOutputCacheStore store) => store.EvictByTagAsync(Tag, CancellationToken.None);
}
