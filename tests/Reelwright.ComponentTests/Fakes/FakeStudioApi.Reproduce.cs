using Reelwright.Web.Studio;

namespace Reelwright.ComponentTests.Fakes;

/// <summary>Re-runs and their verification: each re-run is recorded and answered as a queued copy of the clip.</summary>
public sealed partial class FakeStudioApi
{
    public List<Guid> Reruns { get; } = [];

    /// <summary>The verification each re-run reads, by the re-run's id.</summary>
    public Dictionary<Guid, VerificationView> Verifications { get; } = [];

    public Task<GenerationView> RerunAsync(Guid generationId, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        Reruns.Add(generationId);
        var original = Generations[generationId];
        var rerun = original with { Id = Guid.NewGuid(), Status = GenerationStatus.Queued, Clip = null, CurrentStep = 0, RerunOfId = generationId };
        Generations[rerun.Id] = rerun;
        return Task.FromResult(rerun);
    }

    public Task<VerificationView> GetVerificationAsync(Guid rerunId, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        return Task.FromResult(Verifications[rerunId]);
    }
}
