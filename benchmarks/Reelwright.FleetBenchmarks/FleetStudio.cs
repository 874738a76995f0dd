using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Data;
using Reelwright.Data.Generations;
using Reelwright.Testing;
using Reelwright.Worker.Models;

namespace Reelwright.FleetBenchmarks;

/// <summary>The real API (with its dispatcher) and any number of in-process workers on one set of isolated services.</summary>
public sealed class FleetStudio : IAsyncDisposable
{
    // The figures are the output; per-request logs would only compete for the two cores.
    private static readonly Dictionary<string, string?> Quiet = new()
    {
        ["Logging:LogLevel:Default"] = "Error",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "None",
    };

    private readonly List<StudioWorkerHost> _workers = [];

    private FleetStudio(IsolatedStudioResources resources, StudioApiFactory api)
    {
        Resources = resources;
        Api = api;
    }

    public IsolatedStudioResources Resources { get; }

    public StudioApiFactory Api { get; }

    public static async Task<FleetStudio> StartAsync()
    {
        var resources = await IsolatedStudioResources.CreateAsync();
        return new FleetStudio(resources, new StudioApiFactory(resources, Quiet));
    }

    /// <param name="standIn">The fixed length of every job; null runs the real model.</param>
    public async Task StartWorkersAsync(int count, TimeSpan? standIn)
    {
        for (var i = 0; i < count; i++)
        {
            var settings = new Dictionary<string, string?>(Quiet) { ["Worker:Name"] = $"fleet-worker-{_workers.Count + 1}" };
            _workers.Add(await StudioWorkerHost.StartAsync(Resources, settings, services =>
            {
                if (standIn is { } duration)
                    services.AddSingleton<IClipGeneratorFactory>(new StandInGeneratorFactory(duration));
            }));
        }
        // The dispatcher releases nothing to a worker it has not heard from.
        await WaitAsync(async db => await db.Workers.CountAsync() >= _workers.Count);
    }

    public async Task StopWorkersAsync()
    {
        foreach (var worker in _workers)
            await worker.DisposeAsync();
        _workers.Clear();
        // Forget them, so the next round's dispatcher does not count their slots.
        await InDatabaseAsync(db => db.Workers.ExecuteDeleteAsync());
    }

    public async Task<HttpClient> SignUpAsync(string name)
    {
        var (client, _) = await Api.CreateSignedInClientAsync(name);
        return client;
    }

    public async Task<List<Guid>> SubmitAsync(HttpClient person, int count, int steps, string prompt)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            using var response = await person.PostAsJsonAsync("/api/generations", new { prompt, steps, seed = i });
            response.EnsureSuccessStatusCode();
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            ids.Add(body.RootElement.GetProperty("id").GetGuid());
        }
        return ids;
    }

    public Task WaitUntilDoneAsync(IReadOnlyCollection<Guid> ids) =>
        WaitAsync(async db => await db.Generations.CountAsync(g => ids.Contains(g.Id) && g.Status == GenerationStatus.Succeeded) == ids.Count,
            failFast: async db => await db.Generations.AnyAsync(g => ids.Contains(g.Id) && (g.Status == GenerationStatus.Failed || g.Status == GenerationStatus.Canceled)));

    public Task<List<JobTimes>> TimesAsync(IReadOnlyCollection<Guid> ids) =>
        InDatabaseAsync(db => db.Generations.AsNoTracking().Where(g => ids.Contains(g.Id))
            .Select(g => new JobTimes(g.Id, g.AuthorId!.Value, g.WorkerName!, g.CreatedAt, g.DispatchedAt!.Value, g.StartedAt!.Value, g.CompletedAt!.Value))
            .ToListAsync());

    public async ValueTask DisposeAsync()
    {
        await StopWorkersAsync();
        await Api.DisposeAsync();
        await Resources.DisposeAsync();
    }

    private async Task<T> InDatabaseAsync<T>(Func<StudioDbContext, Task<T>> query)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<StudioDbContext>());
    }

    private async Task WaitAsync(Func<StudioDbContext, Task<bool>> done, Func<StudioDbContext, Task<bool>>? failFast = null)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (!await InDatabaseAsync(done))
        {
            if (failFast is not null && await InDatabaseAsync(failFast))
                throw new InvalidOperationException("A job failed or was canceled; the figures would mean nothing.");
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("The fleet did not finish within 10 minutes.");
            await Task.Delay(100);
        }
    }
}

/// <summary>When a job was made, released, started and finished, and by which worker (worker times are the worker's clock).</summary>
public sealed record JobTimes(Guid Id, Guid AuthorId, string Worker, DateTimeOffset CreatedAt, DateTimeOffset DispatchedAt, DateTimeOffset StartedAt, DateTimeOffset CompletedAt);
