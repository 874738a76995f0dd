using Reelwright.Web.Studio;

namespace Reelwright.ComponentTests.Fakes;

/// <summary>
/// The Studio API as a test wants it: canned models and history pages, every submission recorded with its
/// idempotency key, and a switch that makes it unreachable.
/// </summary>
public sealed class FakeStudioApi : IStudioApi
{
    public const string PublicBaseUrl = "https://studio.example.test";

    public List<ModelView> Models { get; } = [Sample.Model];

    /// <summary>History pages by the cursor that asks for them; <see cref="FirstPage"/> is the one asked for without a cursor.</summary>
    public Dictionary<string, GenerationPageView> PagesAfter { get; } = [];

    public GenerationPageView FirstPage { get; set; } = new([], null);

    public List<string?> RequestedCursors { get; } = [];

    public List<(GenerationRecipe Recipe, string IdempotencyKey)> Submissions { get; } = [];

    /// <summary>How a submission is answered; by default it is accepted as a queued generation.</summary>
    public Func<GenerationRecipe, Task<SubmitResult>> Answer { get; set; } = recipe => Task.FromResult(SubmitResult.Accepted(Sample.QueuedFrom(recipe)));

    /// <summary>When set, every call fails with it, the way an unreachable or timed-out server does.</summary>
    public Exception? Unreachable { get; set; }

    public Task<IReadOnlyList<ModelView>> GetModelsAsync(CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        return Task.FromResult<IReadOnlyList<ModelView>>([.. Models]);
    }

    public Task<GenerationPageView> GetHistoryAsync(string? cursor = null, int limit = 20, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        RequestedCursors.Add(cursor);
        return Task.FromResult(cursor is null ? FirstPage : PagesAfter[cursor]);
    }

    public List<WorkerView> Workers { get; } = [];

    public Task<IReadOnlyList<WorkerView>> GetWorkersAsync(CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        return Task.FromResult<IReadOnlyList<WorkerView>>([.. Workers]);
    }

    public Task<SubmitResult> SubmitAsync(GenerationRecipe recipe, string idempotencyKey, CancellationToken ct = default)
    {
        Submissions.Add((recipe, idempotencyKey));
        ThrowIfUnreachable();
        return Answer(recipe);
    }

    public List<Guid> Cancellations { get; } = [];

    public Task<GenerationView> CancelAsync(Guid generationId, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        Cancellations.Add(generationId);
        return Task.FromResult(CancelAnswer(generationId));
    }

    /// <summary>What a cancel returns; set by tests that cancel.</summary>
    public Func<Guid, GenerationView> CancelAnswer { get; set; } = id => throw new InvalidOperationException($"No cancel answer set for {id}.");

    public string MediaUrl(string apiRelativePath) => PublicBaseUrl + apiRelativePath;

    private void ThrowIfUnreachable()
    {
        if (Unreachable is not null)
            throw Unreachable;
    }
}
