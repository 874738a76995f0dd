using System.Net;
using System.Text;
using Reelwright.ComponentTests.Fakes;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Sharing;

/// <summary>How the web client talks to the share link endpoints: what it sends, and how it reads each answer a visitor can meet.</summary>
public sealed class ShareLinkClientTests
{
    private const string SharedJson = """
        {"kind":"Stack","title":"Opening shot","allowComments":true,"allowDownloads":true,"expiresAt":"2025-12-02T12:00:00+00:00",
         "clips":[{"id":"0199a000-0000-7000-8000-0000000000aa","version":2,"status":"Succeeded","prompt":"a red circle","negativePrompt":"","modelId":"minisora-shapes",
                   "seed":7,"steps":20,"guidance":1.5,"scheduler":null,"keyframes":null,"framesBetween":null,"endPrompt":null,
                   "videoUrl":"/api/generations/aa/media/video?sig=1","posterUrl":"/api/generations/aa/media/poster?sig=1",
                   "previewUrl":"/api/generations/aa/media/preview?sig=1","frameCount":16,"fps":8,"durationSeconds":2,
                   "downloadUrl":"/api/generations/aa/download?share=tok","comments":[{"id":"0199a000-0000-7000-8000-0000000000bb",
                   "generationId":"0199a000-0000-7000-8000-0000000000aa","parentId":null,"authorId":"0199a000-0000-7000-8000-000000000002",
                   "authorName":"Grace Hopper","startFrame":3,"endFrame":3,"x":null,"y":null,"body":"Nice","createdAt":"2025-11-25T12:00:00+00:00",
                   "resolvedAt":null,"resolvedBy":null,"recipe":{"modelId":"minisora-shapes","prompt":"a red circle","negativePrompt":"","seed":7,
                   "steps":20,"guidance":1.5,"scheduler":null,"keyframes":null,"framesBetween":null,"endPrompt":null}}]},
                  {"id":"0199a000-0000-7000-8000-0000000000ab","version":3,"status":"Running","prompt":"a red circle","negativePrompt":"",
                   "modelId":"minisora-shapes","seed":8,"steps":20,"guidance":1.5,"scheduler":null,"keyframes":null,"framesBetween":null,
                   "endPrompt":null,"videoUrl":null,"posterUrl":null,"previewUrl":null,"frameCount":null,"fps":null,"durationSeconds":null,
                   "width":null,"height":null,"downloadUrl":null,"comments":[]}]}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_signed_out_visitor_opens_a_link_without_a_token_and_reads_what_it_shares()
    {
        var handler = new AnsweringHandler(HttpStatusCode.OK, SharedJson);

        var outcome = await WireClients.Over(handler, token: null).OpenSharedAsync("sh tok/1", "open sesame", Ct);

        Assert.Null(handler.Request!.Headers.Authorization);
        Assert.Equal(HttpMethod.Post, handler.Request.Method);
        Assert.Equal("/api/shared/sh%20tok%2F1", handler.Request.RequestUri!.AbsolutePath);
        Assert.Contains("\"passphrase\":\"open sesame\"", handler.Body);
        var view = Assert.IsType<SharedLinkOutcome.Shown>(outcome).View;
        Assert.True(view.IsStack);
        Assert.Equal(2, view.Clips.Count);
        var clip = view.Clips[0];
        Assert.Equal(2, clip.Version);
        Assert.Equal("/api/generations/aa/download?share=tok", clip.DownloadUrl);
        Assert.Equal("Nice", Assert.Single(clip.Comments!).Body);
        Assert.Equal(GenerationStatus.Running, view.Clips[1].Status);
        Assert.Null(view.Clips[1].VideoUrl);
    }

    [Fact]
    public async Task A_signed_in_visitor_opens_a_link_with_their_token()
    {
        var handler = new AnsweringHandler(HttpStatusCode.OK, SharedJson);

        await WireClients.Over(handler, token: "rw_session_ada").OpenSharedAsync("tok", null, Ct);

        Assert.Equal("rw_session_ada", handler.Request!.Headers.Authorization!.Parameter);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("guess", true)]
    public async Task A_401_asks_for_the_passphrase_and_is_not_read_as_an_ended_session(string? passphrase, bool wasWrong)
    {
        var handler = new AnsweringHandler(HttpStatusCode.Unauthorized, """{"status":401,"errors":{"passphrase":["The passphrase is not right."]}}""");

        var outcome = await WireClients.Over(handler, token: "rw_session_ada").OpenSharedAsync("tok", passphrase, Ct);

        Assert.Equal(new SharedLinkOutcome.PassphraseNeeded(wasWrong), outcome);
    }

    [Fact]
    public async Task A_410_is_a_link_that_has_ended_with_the_apis_words()
    {
        var handler = new AnsweringHandler(HttpStatusCode.Gone, """{"status":410,"title":"Gone","detail":"This link was revoked."}""");

        var outcome = await WireClients.Over(handler, token: null).OpenSharedAsync("tok", null, Ct);

        Assert.Equal(new SharedLinkOutcome.Ended("This link was revoked."), outcome);
    }

    [Fact]
    public async Task A_429_says_how_long_to_wait_from_retry_after()
    {
        var handler = new RetryAfterHandler(TimeSpan.FromSeconds(420));

        var outcome = await WireClients.Over(handler, token: null).OpenSharedAsync("tok", "guess", Ct);

        var tooMany = Assert.IsType<SharedLinkOutcome.TooManyTries>(outcome);
        Assert.Equal(TimeSpan.FromSeconds(420), tooMany.RetryAfter);
        Assert.Equal(7, tooMany.MinutesToWait);
    }

    [Fact]
    public async Task A_404_is_no_such_link()
    {
        var handler = new AnsweringHandler(HttpStatusCode.NotFound, "{}");

        Assert.IsType<SharedLinkOutcome.NotFound>(await WireClients.Over(handler, token: null).OpenSharedAsync("tok", null, Ct));
    }

    [Fact]
    public async Task Creating_a_link_sends_its_options()
    {
        var handler = new AnsweringHandler(HttpStatusCode.Created, """{"id":"0199a000-0000-7000-8000-0000000000cc","token":"sh_new","url":"/s/sh_new"}""");
        var shotId = Guid.NewGuid();

        var created = await WireClients.Over(handler).CreateShareLinkAsync(new ShareLinkRequest(null, shotId, 24, "pass phrase", true, false), Ct);

        Assert.Equal("/api/share-links", handler.Request!.RequestUri!.AbsolutePath);
        Assert.Contains($"\"shotId\":\"{shotId}\"", handler.Body);
        Assert.Contains("\"expiresInHours\":24", handler.Body);
        Assert.Contains("\"passphrase\":\"pass phrase\"", handler.Body);
        Assert.Contains("\"allowComments\":true", handler.Body);
        Assert.Contains("\"allowDownloads\":false", handler.Body);
        Assert.Equal("sh_new", created.Token);
    }

    [Fact]
    public async Task A_stacks_links_are_asked_for_by_its_shot()
    {
        var handler = new AnsweringHandler(HttpStatusCode.OK, """
            [{"id":"0199a000-0000-7000-8000-0000000000dd","createdAt":"2025-11-25T12:00:00+00:00","createdBy":"0199a000-0000-7000-8000-000000000001","createdByName":"Ada Lovelace",
              "expiresAt":null,"hasPassphrase":true,"allowComments":false,"allowDownloads":true,"revokedAt":null,"viewCount":4}]
            """);
        var shotId = Guid.NewGuid();

        var links = await WireClients.Over(handler).GetShareLinksAsync(shotId: shotId, ct: Ct);

        Assert.Equal($"?shotId={shotId}", handler.Request!.RequestUri!.Query);
        var link = Assert.Single(links);
        Assert.Equal(4, link.ViewCount);
        Assert.Equal("Ada Lovelace", link.CreatedByName);
    }

    [Fact]
    public void Download_addresses_point_at_the_public_api()
    {
        var client = WireClients.Over(new AnsweringHandler(HttpStatusCode.OK, "{}"));
        var id = Guid.NewGuid();

        Assert.Equal($"https://media.example.test/api/generations/{id}/download?format=gif&exp=1&v=0&sig=abc",
            client.DownloadUrl(id, $"/api/generations/{id}/media/video?exp=1&v=0&sig=abc", ShareDownloadFormat.Gif));
    }

    /// <summary>The API refusing a passphrase check for a while, the way its rate limit does.</summary>
    private sealed class RetryAfterHandler(TimeSpan retryAfter) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests)
            {
                Content = new StringContent("""{"status":429,"title":"Too many tries."}""", Encoding.UTF8, "application/json"),
            };
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(retryAfter);
            return Task.FromResult(response);
        }
    }
}
