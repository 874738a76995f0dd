using Reelwright.Web.Studio;

namespace Reelwright.ComponentTests.Fakes;

/// <summary>The clip library's calls of the fake API: search pages by cursor, and stars kept in memory.</summary>
public sealed partial class FakeStudioApi
{
    /// <summary>The page a search without a cursor gets, whatever its filters (tests assert the filters sent).</summary>
    public GenerationPageView FirstClipPage { get; set; } = new([], null);

    /// <summary>Search pages by the cursor that asks for them.</summary>
    public Dictionary<string, GenerationPageView> ClipPagesAfter { get; } = [];

    public List<(ClipSearch Search, string? Cursor)> ClipSearches { get; } = [];

    public HashSet<Guid> StarredPrompts { get; } = [];

    public HashSet<Guid> StarredGenerations { get; } = [];

    public List<(FavouriteKind Kind, Guid Id, bool Favourite)> FavouriteChanges { get; } = [];

    public Task<GenerationPageView> SearchClipsAsync(ClipSearch search, string? cursor = null, int limit = 24, CancellationToken ct = default)
    {
        ClipSearches.Add((search, cursor));
        ThrowIfUnreachable();
        return Task.FromResult(cursor is null ? FirstClipPage : ClipPagesAfter[cursor]);
    }

    public Task<FavouritesView> GetFavouritesAsync(CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        return Task.FromResult(new FavouritesView([.. StarredPrompts], [.. StarredGenerations]));
    }

    public Task SetFavouriteAsync(FavouriteKind kind, Guid id, bool favourite, CancellationToken ct = default)
    {
        FavouriteChanges.Add((kind, id, favourite));
        ThrowIfUnreachable();
        var starred = kind == FavouriteKind.Prompts ? StarredPrompts : StarredGenerations;
        if (favourite)
            starred.Add(id);
        else
            starred.Remove(id);
        return Task.CompletedTask;
    }
}
