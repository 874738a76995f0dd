using Reelwright.Web.Studio;

namespace Reelwright.ComponentTests.Fakes;

/// <summary>The sweep calls of the fake API: sweeps as a test sets them, every creation and cancel recorded.</summary>
public sealed partial class FakeStudioApi
{
    /// <summary>What GET /api/sweeps/{id} answers, by id.</summary>
    public Dictionary<Guid, SweepView> Sweeps { get; } = [];

    /// <summary>What GET /api/sweeps answers (newest first, without cells).</summary>
    public List<SweepView> SweepList { get; } = [];

    public List<Guid?> RequestedSweepProjects { get; } = [];

    public List<SweepRequest> SweepRequests { get; } = [];

    public List<Guid> CanceledSweeps { get; } = [];

    public int SweepReads { get; private set; }

    /// <summary>How a new sweep is answered; by default it is refused, so a test says what it expects.</summary>
    public Func<SweepRequest, SweepSubmitResult> SweepAnswer { get; set; } =
        request => throw new InvalidOperationException("No sweep answer set.");

    /// <summary>What a cancel returns; by default the sweep with every unfinished cell canceled, as the API does.</summary>
    public Func<Guid, SweepView>? CancelSweepAnswer { get; set; }

    public Task<SweepSubmitResult> CreateSweepAsync(SweepRequest request, CancellationToken ct = default)
    {
        SweepRequests.Add(request);
        ThrowIfUnreachable();
        return Task.FromResult(SweepAnswer(request));
    }

    public Task<SweepView> GetSweepAsync(Guid sweepId, CancellationToken ct = default)
    {
        SweepReads++;
        ThrowIfUnreachable();
        return Task.FromResult(Sweeps[sweepId]);
    }

    public Task<SweepView> CancelSweepAsync(Guid sweepId, CancellationToken ct = default)
    {
        CanceledSweeps.Add(sweepId);
        ThrowIfUnreachable();
        var canceled = CancelSweepAnswer?.Invoke(sweepId) ?? CancelAll(Sweeps[sweepId]);
        Sweeps[sweepId] = canceled;
        return Task.FromResult(canceled);
    }

    public Task<IReadOnlyList<SweepView>> GetSweepsAsync(Guid? projectId = null, CancellationToken ct = default)
    {
        RequestedSweepProjects.Add(projectId);
        ThrowIfUnreachable();
        return Task.FromResult<IReadOnlyList<SweepView>>([.. SweepList.Where(s => projectId is null || s.ProjectId == projectId)]);
    }

    private static SweepView CancelAll(SweepView sweep) =>
        sweep.Cells.Where(c => c.Generation.IsActive)
            .Aggregate(sweep with { CanceledAt = Sample.Noon.AddMinutes(1) },
                (s, c) => s.With(c.Generation with { Status = GenerationStatus.Canceled, CompletedAt = Sample.Noon.AddMinutes(1) }));
}
