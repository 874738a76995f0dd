using System.Net;
using System.Text;

namespace Reelwright.ComponentTests.Fakes;

/// <summary>
/// Stands in for the Studio API on the wire: answers every request with one status and JSON body, and keeps the
/// last request and its body for the test to read (what path, query and JSON the client sent).
/// </summary>
public sealed class AnsweringHandler(HttpStatusCode status, string json) : HttpMessageHandler
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
