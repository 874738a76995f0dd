using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Api.Webhooks;
using Reelwright.Data;
using Reelwright.Data.Activity;
using Reelwright.IntegrationTests.Generations;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.IntegrationTests.Webhooks;

/// <summary>
/// The real API on isolated services, without a worker: activity is recorded as the studio's own code records it,
/// through <see cref="ActivityRecorder"/>. Retries wait a second, three times, so a failing receiver's story ends in seconds;
/// a sender claims five deliveries at a time, so a few events make several batches.
/// Each test makes its own project, so webhooks of other tests hear nothing of it.
/// </summary>
public sealed class WebhookStudio : IAsyncLifetime
{
    public const int MaxAttempts = 4;

    public IsolatedStudioResources Resources { get; private set; } = null!;
    public StudioApiFactory Api { get; private set; } = null!;
    /// <summary>Acts as <see cref="Account"/>, owner of the team <see cref="TeamId"/>.</summary>
    public HttpClient Owner { get; private set; } = null!;
    public TestAccount Account { get; private set; } = null!;
    public Guid TeamId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Resources = await IsolatedStudioResources.CreateAsync();
        Api = NewApiInstance();
        (Owner, Account) = await Api.CreateSignedInClientAsync("Owner");
        using var me = JsonDocument.Parse(await Owner.GetStringAsync("/api/me", TestContext.Current.CancellationToken));
        TeamId = me.RootElement.GetProperty("projects")[0].GetProperty("teamId").GetGuid();
    }

    /// <summary>An API instance on this studio's database; another one besides <see cref="Api"/> sends deliveries too.</summary>
    public StudioApiFactory NewApiInstance() => new(Resources, new Dictionary<string, string?>
    {
        ["Webhooks:PollIntervalMs"] = "100",
        ["Webhooks:BatchSize"] = "5",
        ["Webhooks:RetryDelaysSeconds:0"] = "1",
        ["Webhooks:RetryDelaysSeconds:1"] = "1",
        ["Webhooks:RetryDelaysSeconds:2"] = "1",
    });

    public async Task<Guid> NewProjectAsync()
    {
        using var response = await Owner.PostAsJsonAsync($"/api/teams/{TeamId}/projects", new { name = "Webhook test" }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        using var project = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return project.RootElement.GetProperty("id").GetGuid();
    }

    public async Task<CreatedWebhookResponse> CreateWebhookAsync(Guid projectId, Uri url, params string[] events)
    {
        using var response = await Owner.PostAsJsonAsync($"/api/projects/{projectId}/webhooks", new { url, events }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CreatedWebhookResponse>(StudioFixture.Json, TestContext.Current.CancellationToken))!;
    }

    /// <summary>Records an entry as the studio's features do: through the recorder, then one SaveChangesAsync.</summary>
    public async Task<ActivityEntry> RecordActivityAsync(Guid projectId, ActivityKind kind)
    {
        var entry = new ActivityEntry
        {
            Id = Guid.CreateVersion7(), ProjectId = projectId, TeamId = TeamId, ActorId = Account.UserId, Kind = kind,
            SubjectId = Guid.NewGuid(), Summary = $"Owner did something: {kind}", CreatedAt = DateTimeOffset.UtcNow,
        };
        await using var scope = Api.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ActivityRecorder>().RecordAsync(entry, TestContext.Current.CancellationToken);
        await scope.ServiceProvider.GetRequiredService<StudioDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
        return entry;
    }

    public async Task<List<WebhookDeliveryResponse>> DeliveriesAsync(Guid projectId, Guid webhookId) =>
        (await Owner.GetFromJsonAsync<List<WebhookDeliveryResponse>>($"/api/projects/{projectId}/webhooks/{webhookId}/deliveries", StudioFixture.Json, TestContext.Current.CancellationToken))!;

    /// <summary>Polls the delivery log until its newest delivery is no longer Pending, and returns it.</summary>
    public async Task<WebhookDeliveryResponse> WaitUntilSettledAsync(Guid projectId, Guid webhookId, int timeoutSeconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var newest = (await DeliveriesAsync(projectId, webhookId)).FirstOrDefault();
            if (newest is not null && newest.Status != Data.Webhooks.WebhookDeliveryStatus.Pending)
                return newest;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"The delivery was still {newest?.Status.ToString() ?? "missing"} after {timeoutSeconds} s.");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>What a receiver's own code would do, written apart from the studio's: HMAC-SHA256 of "timestamp.body".</summary>
    public static void AssertSignedWith(string secret, ReceivedRequest request)
    {
        var timestamp = request.Headers[WebhookHeaders.Timestamp];
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{request.Body}")));
        Assert.Equal(expected, request.Headers[WebhookHeaders.Signature]);
        Assert.InRange(long.Parse(timestamp), DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
    }

    public async ValueTask DisposeAsync()
    {
        Owner.Dispose();
        await Api.DisposeAsync();
        await Resources.DisposeAsync();
    }
}
