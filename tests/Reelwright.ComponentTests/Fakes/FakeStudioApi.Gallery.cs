using System.Net;
using Reelwright.Web.Studio;

namespace Reelwright.ComponentTests.Fakes;

/// <summary>
/// The gallery's calls of the fake API: pages by sort and cursor, published clips by id (404 for any other), likes
/// counted in memory, people's pages, and publishing that changes <see cref="Generations"/> the way the API does.
/// </summary>
public sealed partial class FakeStudioApi
{
    public Dictionary<(GallerySort Sort, string? Cursor), GalleryPageView> GalleryPages { get; } = [];

    public List<(GallerySort Sort, string? Cursor)> GalleryRequests { get; } = [];

    public Dictionary<Guid, GalleryClipView> GalleryClips { get; } = [];

    public List<(Guid ClipId, bool Like)> LikeChanges { get; } = [];

    public Dictionary<(Guid UserId, string? Cursor), ProfileView> People { get; } = [];

    public List<(Guid GenerationId, string Title, bool HideRecipe)> Publications { get; } = [];

    public List<Guid> Unpublications { get; } = [];

    public Task<GalleryPageView> GetGalleryAsync(GallerySort sort, string? cursor = null, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        GalleryRequests.Add((sort, cursor));
        return Task.FromResult(GalleryPages.GetValueOrDefault((sort, cursor), new GalleryPageView([], null)));
    }

    public Task<GalleryClipView> GetGalleryClipAsync(Guid clipId, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        return GalleryClips.TryGetValue(clipId, out var clip) ? Task.FromResult(clip) : throw NotFound("That clip is not in the gallery.");
    }

    public Task<LikeView> LikeAsync(Guid clipId, bool like, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        LikeChanges.Add((clipId, like));
        var clip = GalleryClips[clipId];
        var count = clip.LikeCount + (like == clip.LikedByMe ? 0 : like ? 1 : -1);
        GalleryClips[clipId] = clip with { LikeCount = count, LikedByMe = like };
        return Task.FromResult(new LikeView(count, like));
    }

    public Task<ProfileView> GetPersonAsync(Guid userId, string? cursor = null, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        return People.TryGetValue((userId, cursor), out var person) ? Task.FromResult(person) : throw NotFound("There is no such person.");
    }

    public Task<GalleryClipView> PublishAsync(Guid generationId, string title, bool hideRecipe, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        Publications.Add((generationId, title, hideRecipe));
        var generation = Generations[generationId];
        var published = generation with
        {
            PublishedAt = generation.PublishedAt ?? Sample.Noon.AddHours(1),
            Title = title,
            HideRecipe = hideRecipe,
            Visibility = GenerationVisibility.Public,
        };
        Generations[generationId] = published;
        var clip = published.Clip!;
        return Task.FromResult(new GalleryClipView(published.Id, title, published.AuthorId ?? Sample.User.Id, published.AuthorName ?? Sample.User.DisplayName,
            published.PublishedAt!.Value, clip.VideoUrl, clip.PosterUrl, clip.PreviewUrl, clip.DurationSeconds, clip.FrameCount, clip.Fps, clip.Width,
            clip.Height, published.LikeCount, LikedByMe: false, RemixCount: 0, Recipe: null, RemixOf: null, Remixes: []));
    }

    public Task<GenerationView> UnpublishAsync(Guid generationId, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        Unpublications.Add(generationId);
        var unpublished = Generations[generationId] with { PublishedAt = null, Visibility = GenerationVisibility.Team };
        Generations[generationId] = unpublished;
        return Task.FromResult(unpublished);
    }

    private static StudioProblemException NotFound(string message) =>
        new(HttpStatusCode.NotFound, new Dictionary<string, string[]> { [""] = [message] });
}
