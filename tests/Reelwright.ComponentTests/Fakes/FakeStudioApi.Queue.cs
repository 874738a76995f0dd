using Reelwright.Web.Studio;

namespace Reelwright.ComponentTests.Fakes;

/// <summary>The queue calls of the fake API: the caller's and everyone's waiting jobs as a test sets them, every action recorded.</summary>
public sealed partial class FakeStudioApi
{
    /// <summary>What GET /api/queue answers: the signed-in user's waiting jobs.</summary>
    public QueueView MyQueue { get; set; } = QueueView.Empty;

    /// <summary>What GET /api/admin/queue answers to an administrator; pausing and resuming change it as the API would.</summary>
    public QueueView WholeQueue { get; set; } = QueueView.Empty;

    public int MyQueueRequests { get; private set; }

    public int WholeQueueRequests { get; private set; }

    /// <summary>Pauses asked for: a person's id, or null for the whole queue.</summary>
    public List<Guid?> Pauses { get; } = [];

    public List<Guid?> Resumes { get; } = [];

    public List<Guid> MovedToFront { get; } = [];

    public List<(Guid TeamId, double Weight)> WeightsSet { get; } = [];

    public Task<QueueView> GetMyQueueAsync(CancellationToken ct = default)
    {
        MyQueueRequests++;
        ThrowIfUnreachable();
        return Task.FromResult(MyQueue);
    }

    public Task<QueueView> GetQueueAsync(CancellationToken ct = default)
    {
        WholeQueueRequests++;
        ThrowIfUnreachable();
        return Task.FromResult(WholeQueue);
    }

    public Task PauseQueueAsync(Guid? userId = null, CancellationToken ct = default)
    {
        Pauses.Add(userId);
        ThrowIfUnreachable();
        WholeQueue = userId is { } user
            ? WholeQueue with { PausedUsers = [.. WholeQueue.PausedUsers.Append(user).Distinct()] }
            : WholeQueue with { Paused = true };
        return Task.CompletedTask;
    }

    public Task ResumeQueueAsync(Guid? userId = null, CancellationToken ct = default)
    {
        Resumes.Add(userId);
        ThrowIfUnreachable();
        WholeQueue = userId is { } user
            ? WholeQueue with { PausedUsers = [.. WholeQueue.PausedUsers.Where(u => u != user)] }
            : WholeQueue with { Paused = false };
        return Task.CompletedTask;
    }

    public Task SetSchedulingWeightAsync(Guid teamId, double weight, CancellationToken ct = default)
    {
        WeightsSet.Add((teamId, weight));
        ThrowIfUnreachable();
        return Task.CompletedTask;
    }

    public Task MoveToFrontAsync(Guid generationId, CancellationToken ct = default)
    {
        MovedToFront.Add(generationId);
        ThrowIfUnreachable();
        var moved = WholeQueue.Jobs.Single(j => j.GenerationId == generationId);
        IReadOnlyList<QueuedJobView> reordered = [moved with { MovedToFront = true }, .. WholeQueue.Jobs.Where(j => j != moved)];
        WholeQueue = WholeQueue with { Jobs = [.. reordered.Select((j, i) => j with { Position = i + 1 })] };
        return Task.CompletedTask;
    }
}
