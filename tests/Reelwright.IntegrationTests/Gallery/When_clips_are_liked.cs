using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Gallery;
using Reelwright.IntegrationTests.Accounts;
using Xunit;

namespace Reelwright.IntegrationTests.Gallery;

public sealed class When_clips_are_liked(GalleryStudio studio) : IClassFixture<GalleryStudio>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Twenty_likes_at_once_from_one_account_count_once()
    {
        var clip = (await studio.FinishedClipsAsync("a red circle bouncing"))[0];
        await studio.PublishAsync(clip.Id, "Bounce");
        using var fan = (await studio.SignUpAsync("Eager fan")).Client;

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await fan.PutAsync($"/api/gallery/{clip.Id}/like", null, Ct);
            return await response.OkAsync<LikeResponse>();
        }));

        Assert.All(answers, a => Assert.Equal(new LikeResponse(1, true), a));
        var seen = await GalleryStudio.GalleryClipAsync(fan, clip.Id);
        Assert.Equal((1, true), (seen.LikeCount, seen.LikedByMe));
        using var visitor = studio.Anonymous();
        var seenAnonymously = await GalleryStudio.GalleryClipAsync(visitor, clip.Id);
        Assert.Equal((1, false), (seenAnonymously.LikeCount, seenAnonymously.LikedByMe));
    }

    [Fact]
    public async Task Each_account_counts_once_and_an_unlike_takes_one_back()
    {
        var clip = (await studio.FinishedClipsAsync("a blue square bouncing"))[0];
        await studio.PublishAsync(clip.Id, "Square bounce");
        using var one = (await studio.SignUpAsync("Fan one")).Client;
        using var two = (await studio.SignUpAsync("Fan two")).Client;

        Assert.Equal(new LikeResponse(1, true), await LikeAsync(one, clip.Id));
        Assert.Equal(new LikeResponse(2, true), await LikeAsync(two, clip.Id));
        Assert.Equal(new LikeResponse(1, false), await UnlikeAsync(one, clip.Id));
        Assert.Equal(new LikeResponse(1, false), await UnlikeAsync(one, clip.Id));

        var seenByOne = await GalleryStudio.GalleryClipAsync(one, clip.Id);
        var seenByTwo = await GalleryStudio.GalleryClipAsync(two, clip.Id);
        Assert.Equal((1, false, true), (seenByOne.LikeCount, seenByOne.LikedByMe, seenByTwo.LikedByMe));
        Assert.Equal(1, (await studio.GetAsync(clip.Id)).LikeCount);
    }

    [Fact]
    public async Task Only_published_clips_can_be_liked_and_only_when_signed_in()
    {
        var clip = (await studio.FinishedClipsAsync("a white cross bouncing"))[0];
        using var fan = (await studio.SignUpAsync("Early fan")).Client;

        await (await fan.PutAsync($"/api/gallery/{clip.Id}/like", null, Ct)).ProblemAsync(HttpStatusCode.NotFound);
        await studio.PublishAsync(clip.Id, "Cross bounce");
        using var visitor = studio.Anonymous();
        await (await visitor.PutAsync($"/api/gallery/{clip.Id}/like", null, Ct)).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(0, (await GalleryStudio.GalleryClipAsync(visitor, clip.Id)).LikeCount);
    }

    [Fact]
    public async Task Most_liked_ranks_by_this_weeks_likes_then_newest()
    {
        // Published oldest first: without likes the newest, lastWeeksFavourite, would lead.
        var clips = await studio.FinishedClipsAsync("a red square spinning", "a blue circle spinning", "a white circle spinning");
        var (twoLikes, oneLike, lastWeeksFavourite) = (clips[0].Id, clips[1].Id, clips[2].Id);
        foreach (var (id, title) in new[] { (twoLikes, "Two likes"), (oneLike, "One like"), (lastWeeksFavourite, "Liked last week") })
            await studio.PublishAsync(id, title);
        using var one = (await studio.SignUpAsync("Voter one")).Client;
        using var two = (await studio.SignUpAsync("Voter two")).Client;
        await LikeAsync(one, twoLikes);
        await LikeAsync(two, twoLikes);
        await LikeAsync(one, oneLike);
        await LikeAsync(one, lastWeeksFavourite);
        await LikeAsync(two, lastWeeksFavourite);
        await studio.InDatabaseAsync(db => db.Likes.Where(l => l.GenerationId == lastWeeksFavourite)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.CreatedAt, DateTimeOffset.UtcNow.AddDays(-8)), Ct));
        using var visitor = studio.Anonymous();
        Guid[] mine = [twoLikes, oneLike, lastWeeksFavourite];

        var liked = (await GalleryStudio.GalleryAsync(visitor, "liked")).Select(c => c.Id).Where(mine.Contains);
        var likedPageByPage = (await GalleryStudio.GalleryAsync(visitor, "liked", limit: 1)).Select(c => c.Id).Where(mine.Contains);
        var recent = (await GalleryStudio.GalleryAsync(visitor, "recent", limit: 2)).Select(c => c.Id).Where(mine.Contains);

        Assert.Equal([twoLikes, oneLike, lastWeeksFavourite], liked);
        Assert.Equal([twoLikes, oneLike, lastWeeksFavourite], likedPageByPage);
        Assert.Equal([lastWeeksFavourite, oneLike, twoLikes], recent);
        Assert.Equal(2, (await GalleryStudio.GalleryClipAsync(visitor, lastWeeksFavourite)).LikeCount);
    }

    private static async Task<LikeResponse> LikeAsync(HttpClient client, Guid id)
    {
        using var response = await client.PutAsync($"/api/gallery/{id}/like", null, Ct);
        return await response.OkAsync<LikeResponse>();
    }

    private static async Task<LikeResponse> UnlikeAsync(HttpClient client, Guid id)
    {
        using var response = await client.DeleteAsync($"/api/gallery/{id}/like", Ct);
        return await response.OkAsync<LikeResponse>();
    }
}
