using System.Net;
using Reelwright.ComponentTests.Fakes;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Gallery;

/// <summary>What the gallery's calls send on the wire, and how a visitor's reads differ from a signed-in user's.</summary>
public sealed class GalleryClientTests
{
    private const string PageJson = """{"items":[],"nextCursor":null}""";

    [Fact]
    public async Task A_visitor_reads_the_gallery_without_a_token()
    {
        var handler = new AnsweringHandler(HttpStatusCode.OK, PageJson);

        await WireClients.Over(handler, token: null).GetGalleryAsync(GallerySort.Liked, "c 2", TestContext.Current.CancellationToken);

        Assert.Null(handler.Request!.Headers.Authorization);
        Assert.Equal("/api/gallery?sort=liked&cursor=c%202", handler.Request.RequestUri!.PathAndQuery);
    }

    [Fact]
    public async Task A_signed_in_reader_sends_their_token_so_the_api_can_say_what_they_liked()
    {
        var handler = new AnsweringHandler(HttpStatusCode.OK, PageJson);

        await WireClients.Over(handler).GetGalleryAsync(GallerySort.Recent, ct: TestContext.Current.CancellationToken);

        Assert.Equal("Bearer rw_session_test", handler.Request!.Headers.Authorization!.ToString());
        Assert.Equal("/api/gallery?sort=recent", handler.Request.RequestUri!.PathAndQuery);
    }

    [Fact]
    public async Task A_401_to_a_visitor_is_a_refusal_not_an_ended_session()
    {
        var handler = new AnsweringHandler(HttpStatusCode.Unauthorized, """{"title":"Sign in to do this.","status":401}""");

        var refused = await Assert.ThrowsAsync<StudioProblemException>(() =>
            WireClients.Over(handler, token: null).GetPersonAsync(Guid.NewGuid(), ct: TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
    }

    [Fact]
    public async Task An_unpublished_clip_is_a_404_refusal()
    {
        var handler = new AnsweringHandler(HttpStatusCode.NotFound, """{"title":"Not found","status":404}""");
        var id = Guid.NewGuid();

        var refused = await Assert.ThrowsAsync<StudioProblemException>(() =>
            WireClients.Over(handler, token: null).GetGalleryClipAsync(id, TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
        Assert.Equal($"/api/gallery/{id}", handler.Request!.RequestUri!.AbsolutePath);
    }

    [Theory]
    [InlineData(true, "PUT")]
    [InlineData(false, "DELETE")]
    public async Task Liking_puts_and_unliking_deletes_the_like(bool like, string method)
    {
        var handler = new AnsweringHandler(HttpStatusCode.OK, """{"likeCount":4,"likedByMe":true}""");
        var id = Guid.NewGuid();

        var answer = await WireClients.Over(handler).LikeAsync(id, like, TestContext.Current.CancellationToken);

        Assert.Equal(method, handler.Request!.Method.Method);
        Assert.Equal($"/api/gallery/{id}/like", handler.Request.RequestUri!.AbsolutePath);
        Assert.Equal(new LikeView(4, true), answer);
    }

    [Fact]
    public async Task Publishing_sends_the_title_and_whether_the_recipe_is_hidden()
    {
        var clip = GallerySample.Clip();
        var handler = new AnsweringHandler(HttpStatusCode.OK, System.Text.Json.JsonSerializer.Serialize(clip, StudioJson.Options));

        var published = await WireClients.Over(handler).PublishAsync(clip.Id, "Red circle at dusk", hideRecipe: true, TestContext.Current.CancellationToken);

        Assert.Equal($"/api/generations/{clip.Id}/publish", handler.Request!.RequestUri!.AbsolutePath);
        Assert.Equal("""{"title":"Red circle at dusk","hideRecipe":true}""", handler.Body);
        Assert.Equal(clip.Id, published.Id);
    }

    [Fact]
    public async Task A_remix_is_submitted_with_the_clip_it_remixes()
    {
        var handler = new AnsweringHandler(HttpStatusCode.BadRequest, """{"status":400,"errors":{"remixOfId":["Not a published clip."]}}""");
        var source = Guid.NewGuid();

        var result = await WireClients.Over(handler).SubmitAsync(
            new GenerationRecipe("a red circle", "", 1, 12, 2.5, Sample.Model.Id, RemixOfId: source), "key-1", TestContext.Current.CancellationToken);

        Assert.Contains($"\"remixOfId\":\"{source}\"", handler.Body);
        Assert.Equal(["Not a published clip."], result.Errors["remixOfId"]);
    }
}
