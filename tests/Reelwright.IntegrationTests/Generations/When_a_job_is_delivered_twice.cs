using Azure.Storage.Blobs.Models;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Contracts;
using Reelwright.Data;
using Reelwright.Data.Generations;
using Xunit;

namespace Reelwright.IntegrationTests.Generations;

public sealed class When_a_job_is_delivered_twice(StudioFixture studio) : IClassFixture<StudioFixture>
{
    [Fact]
    public async Task One_clip_is_stored_and_the_frames_are_not_sampled_again()
    {
        var done = await studio.WaitUntilFinishedAsync((await studio.SubmitAsync(new { prompt = "a purple disc orbiting", seed = 5, steps = 3 })).Id);
        var videoBlob = studio.Resources.Blobs.GetBlobClient($"{done.Id}/clip.mp4");
        var storedAt = (await videoBlob.GetPropertiesAsync(cancellationToken: TestContext.Current.CancellationToken)).Value.LastModified;

        // RabbitMQ redelivers after a lost ack, and the outbox republishes after a crash before marking: simulate both.
        var bus = studio.Api.Services.GetRequiredService<IBus>();
        var announcements = new SemaphoreSlim(0);
        var listener = bus.ConnectReceiveEndpoint(new TemporaryEndpointDefinition(), KebabCaseEndpointNameFormatter.Instance, endpoint =>
            endpoint.Handler<ClipGenerated>(context =>
            {
                if (context.Message.GenerationId == done.Id)
                    announcements.Release();
                return Task.CompletedTask;
            }));
        await listener.Ready;

        var job = new GenerateClip(done.Id, done.ModelId, done.Prompt, done.NegativePrompt, done.Seed, done.Steps, done.Guidance, done.CreatedAt);
        var queue = await bus.GetSendEndpoint(new Uri($"queue:{GenerateClip.QueueFor(done.ModelId)}"));
        await queue.Send(job, TestContext.Current.CancellationToken);
        await queue.Send(job, TestContext.Current.CancellationToken);
        for (var delivery = 1; delivery <= 2; delivery++)
            Assert.True(await announcements.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken), $"delivery {delivery} was never answered");
        await listener.StopAsync(TestContext.Current.CancellationToken);

        var names = new List<string>();
        await foreach (var blob in studio.Resources.Blobs.GetBlobsAsync(BlobTraits.None, BlobStates.None, $"{done.Id}/", TestContext.Current.CancellationToken))
            names.Add(blob.Name);
        Assert.Equal(4, names.Count);
        Assert.Equal(storedAt, (await videoBlob.GetPropertiesAsync(cancellationToken: TestContext.Current.CancellationToken)).Value.LastModified);

        await using var scope = studio.Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StudioDbContext>();
        Assert.Equal(1, await db.Clips.CountAsync(c => c.GenerationId == done.Id, TestContext.Current.CancellationToken));
        var after = await studio.GetAsync(done.Id);
        Assert.Equal(GenerationStatus.Succeeded, after.Status);
        Assert.Equal(done.Clip!.VideoSha256, after.Clip!.VideoSha256);
    }
}
