using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Api.Generations;
using Reelwright.Data.Generations;
using Xunit;

namespace Reelwright.IntegrationTests.Generations;

public sealed class When_a_clip_is_sampling(StudioFixture studio) : IClassFixture<StudioFixture>
{
    [Fact]
    public async Task Its_steps_are_pushed_live_to_listeners_and_never_go_backwards()
    {
        var updates = new List<GenerationResponse>();
        var finished = new TaskCompletionSource();
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(studio.Client.BaseAddress!, "/hubs/generations"), options =>
            {
                options.HttpMessageHandlerFactory = _ => studio.Api.Server.CreateHandler();
                options.AccessTokenProvider = () => Task.FromResult<string?>(studio.Account.Token);
                options.Transports = HttpTransportType.LongPolling;
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()))
            .Build();
        hub.On<GenerationResponse>("GenerationUpdated", update =>
        {
            lock (updates)
                updates.Add(update);
            if (update.Status == GenerationStatus.Succeeded)
                finished.TrySetResult();
        });
        await hub.StartAsync(TestContext.Current.CancellationToken);

        var submitted = await studio.SubmitAsync(new { prompt = "a green ball bouncing on a white background", steps = 8 });
        await finished.Task.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        List<GenerationResponse> mine;
        lock (updates)
            mine = updates.Where(u => u.Id == submitted.Id).ToList();
        // Step events are consumed concurrently (and by any API instance), so one can overtake another; the API
        // drops the older one rather than move the bar back. What a listener must see: steps only ever going up,
        // several of them while sampling runs, then the finished clip.
        var steps = mine.Where(u => u.Status == GenerationStatus.Running).Select(u => u.CurrentStep).Where(s => s > 0).ToList();
        Assert.True(steps.Distinct().Count() >= 4, $"only steps [{string.Join(", ", steps)}] of 8 were pushed");
        Assert.Equal(steps.Order(), steps);
        Assert.All(steps, step => Assert.InRange(step, 1, 8));
        Assert.Equal(GenerationStatus.Succeeded, mine[^1].Status);
        Assert.NotNull(mine[^1].Clip);
    }
}
