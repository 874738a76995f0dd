using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Studio;

/// <summary>How the web app reads the Studio API's answers to a submission (the wire format, without a server).</summary>
public sealed class StudioApiClientTests
{
    private static readonly GenerationRecipe Recipe = new("a red ball", "", 42, 20, 1.5, "minisora-shapes");

    [Fact]
    public async Task An_accepted_submission_comes_back_as_the_generation_and_carries_the_idempotency_key()
    {
        var handler = new Answering(HttpStatusCode.Created, """
            {"id":"01a21329-9fe3-761a-8700-2c24fdd2523d","status":"Queued","modelId":"minisora-shapes","prompt":"a red ball",
             "negativePrompt":"","seed":42,"steps":20,"guidance":1.5,"currentStep":0,"failureReason":null,"workerName":null,
             "executionProvider":null,"createdAt":"2026-11-25T14:43:44.7394611+00:00","startedAt":null,"completedAt":null,"clip":null}
            """);

        var result = await Client(handler).SubmitAsync(Recipe, "key-1", TestContext.Current.CancellationToken);

        Assert.Equal(GenerationStatus.Queued, result.Generation!.Status);
        Assert.Equal(42, result.Generation.Seed);
        Assert.Equal(["key-1"], handler.Request!.Headers.GetValues("Idempotency-Key"));
        Assert.Contains("\"prompt\":\"a red ball\"", handler.Body);
    }

    [Fact]
    public async Task A_validation_problem_comes_back_keyed_by_field()
    {
        var handler = new Answering(HttpStatusCode.BadRequest, """
            {"title":"The generation request is not valid.","status":400,"errors":{"steps":["Steps must be between 1 and 100."]}}
            """);

        var result = await Client(handler).SubmitAsync(Recipe, "key-2", TestContext.Current.CancellationToken);

        Assert.Null(result.Generation);
        Assert.Equal(["Steps must be between 1 and 100."], result.Errors["steps"]);
    }

    [Fact]
    public async Task A_problem_without_field_errors_is_reported_for_the_request_as_a_whole()
    {
        var handler = new Answering(HttpStatusCode.UnprocessableEntity, """
            {"title":"Idempotency-Key already used for a different request.","status":422,"detail":"Use a new key for a new request."}
            """);

        var result = await Client(handler).SubmitAsync(Recipe, "key-3", TestContext.Current.CancellationToken);

        Assert.Equal(["Use a new key for a new request."], result.Errors[""]);
    }

    [Fact]
    public async Task A_server_error_is_raised_for_the_page_to_report()
    {
        var handler = new Answering(HttpStatusCode.ServiceUnavailable, "{}");

        await Assert.ThrowsAsync<HttpRequestException>(() => Client(handler).SubmitAsync(Recipe, "key-4", TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Media_paths_become_absolute_urls_on_the_public_api_address()
    {
        var client = Client(new Answering(HttpStatusCode.OK, "{}"));

        Assert.Equal("https://media.example.test/api/generations/1/media/video", client.MediaUrl("/api/generations/1/media/video"));
    }

    private static StudioApiClient Client(HttpMessageHandler handler) =>
        new(new HttpClient(handler) { BaseAddress = new Uri("http://api.internal") },
            Options.Create(new StudioOptions { ApiBaseUrl = "http://api.internal", PublicApiBaseUrl = "https://media.example.test" }));

    private sealed class Answering(HttpStatusCode status, string json) : HttpMessageHandler
    {
        public HttpRequestMessage? Request { get; private set; }
        public string Body { get; private set; } = "";

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Request = request;
            Body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            return new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }
    }
}
