using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;

namespace Reelwright.Testing;

/// <summary>The bits of RabbitMQ's management HTTP API the tests need: throwaway virtual hosts and queue depths.</summary>
public sealed class RabbitMqManagementClient : IDisposable
{
    private readonly HttpClient _http;

    public RabbitMqManagementClient(Uri managementUri)
    {
        _http = new HttpClient { BaseAddress = new Uri(managementUri.GetLeftPart(UriPartial.Authority)) };
        var credentials = Uri.UnescapeDataString(managementUri.UserInfo);
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
    }

    public async Task CreateVirtualHostAsync(string vhost, string user)
    {
        (await _http.PutAsJsonAsync($"/api/vhosts/{Uri.EscapeDataString(vhost)}", new { })).EnsureSuccessStatusCode();
        (await _http.PutAsJsonAsync($"/api/permissions/{Uri.EscapeDataString(vhost)}/{Uri.EscapeDataString(user)}",
            new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();
    }

    public async Task DeleteVirtualHostAsync(string vhost) =>
        await _http.DeleteAsync($"/api/vhosts/{Uri.EscapeDataString(vhost)}");

    /// <summary>Ready and unacknowledged messages in a queue; null when it does not exist yet.</summary>
    public async Task<QueueDepth?> GetQueueDepthAsync(string vhost, string queue)
    {
        using var response = await _http.GetAsync($"/api/queues/{Uri.EscapeDataString(vhost)}/{Uri.EscapeDataString(queue)}");
        if (!response.IsSuccessStatusCode)
            return null;
        return await response.Content.ReadFromJsonAsync<QueueDepth>();
    }

    public void Dispose() => _http.Dispose();

    public sealed record QueueDepth(
        [property: JsonPropertyName("messages_ready")] long Ready,
        [property: JsonPropertyName("messages_unacknowledged")] long Unacknowledged,
        [property: JsonPropertyName("consumers")] int Consumers);
}
