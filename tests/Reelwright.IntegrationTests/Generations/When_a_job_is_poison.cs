using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Api.Generations;
using Reelwright.Data.Generations;
using Reelwright.Inference;
using Reelwright.Models;
using Reelwright.Testing;
using Reelwright.Worker.Extensions;
using Reelwright.Worker.Models;
using Xunit;

namespace Reelwright.IntegrationTests.Generations;

/// <summary>
/// A job whose model crashes in a way the worker does not expect: it is retried a bounded number of times, then the
/// message is dead-lettered (MassTransit's _error queue) and the job ends Failed with the reason.
/// </summary>
public sealed class When_a_job_is_poison : IAsyncLifetime
{
    private readonly CrashingGenerators _crashing = new();
    private IsolatedStudioResources _resources = null!;
    private StudioApiFactory _api = null!;
    private StudioWorkerHost _worker = null!;

    public async ValueTask InitializeAsync()
    {
        _resources = await IsolatedStudioResources.CreateAsync();
        _api = new StudioApiFactory(_resources);
        _worker = await StudioWorkerHost.StartAsync(_resources, services: services => services.AddSingleton<IClipGeneratorFactory>(_crashing));
    }

    [Fact]
    public async Task It_is_tried_three_times_then_dead_lettered_and_failed_with_the_reason()
    {
        var (client, _) = await _api.CreateSignedInClientAsync();
        using var response = await client.PostAsJsonAsync("/api/generations", new { prompt = "a cursed circle", steps = 2 }, TestContext.Current.CancellationToken);
        var id = (await response.Content.ReadFromJsonAsync<GenerationResponse>(StudioFixture.Json, TestContext.Current.CancellationToken))!.Id;

        var done = await GenerationPolling.WaitUntilFinishedAsync(client, id, timeoutSeconds: 60);

        Assert.Equal(GenerationStatus.Failed, done.Status);
        Assert.Contains("the session crashed", done.FailureReason);
        Assert.Equal(3, _crashing.Attempts);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        // The broker's statistics lag by a few seconds.
        while ((await _resources.GetQueueDepthAsync($"{Reelwright.Contracts.GenerateClip.QueueFor("minisora-shapes")}_error")) is not { Ready: 1 })
        {
            Assert.True(DateTime.UtcNow < deadline, "the job never reached the dead-letter queue");
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _worker.DisposeAsync();
        await _api.DisposeAsync();
        await _resources.DisposeAsync();
    }

    private sealed class CrashingGenerators : IClipGeneratorFactory
    {
        private int _attempts;

        public int Attempts => _attempts;

        public IClipGenerator Create(ModelManifest manifest, ExecutionProviderSelection executionProvider, WorkerOptions options) => new Crashing(manifest, this);

        private sealed class Crashing(ModelManifest manifest, CrashingGenerators owner) : IClipGenerator
        {
            public ModelManifest Manifest { get; } = manifest;
            public string ModelSha256 => new('0', 64);
            public string OnnxRuntimeVersion => "none";
            public string ExecutionProvider => "CPU";

            public Task<GeneratedClip> GenerateAsync(ClipRecipe recipe, IProgress<SamplingProgress>? progress = null, CancellationToken cancellationToken = default)
            {
                Interlocked.Increment(ref owner._attempts);
                throw new InvalidOperationException("the session crashed");
            }

            public void Dispose()
            {
            }
        }
    }
}
