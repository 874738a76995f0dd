using Microsoft.Extensions.Options;
using Reelwright.Web.Studio;

namespace Reelwright.ComponentTests.Fakes;

/// <summary>The real Studio API client over a fake handler, signed in with <paramref name="token"/> (null: signed out).</summary>
public static class WireClients
{
    public static StudioApiClient Over(HttpMessageHandler handler, string? token = "rw_session_test") =>
        new(new HttpClient(handler) { BaseAddress = new Uri("http://api.internal") },
            new FakeStudioSession(token),
            Options.Create(new StudioOptions { ApiBaseUrl = "http://api.internal", PublicApiBaseUrl = "https://media.example.test" }));
}
