using Reelwright.Web.Studio;

namespace Reelwright.ComponentTests.Fakes;

/// <summary>
/// The Studio API as a test wants it: canned models, history pages, account, teams and tokens; every change
/// recorded; a switch that makes it unreachable, and <see cref="Refusals"/> to make one call fail its own way.
/// </summary>
public sealed partial class FakeStudioApi : IStudioApi
{
    public const string PublicBaseUrl = "https://studio.example.test";

    public List<ModelView> Models { get; } = [Sample.Model];

    /// <summary>History pages by the cursor that asks for them; <see cref="FirstPage"/> is the one asked for without a cursor.</summary>
    public Dictionary<string, GenerationPageView> PagesAfter { get; } = [];

    public GenerationPageView FirstPage { get; set; } = new([], null);

    public List<string?> RequestedCursors { get; } = [];

    /// <summary>The project each history request was filtered to (null: none).</summary>
    public List<Guid?> RequestedProjects { get; } = [];

    /// <summary>First history pages by project, for requests filtered to one.</summary>
    public Dictionary<Guid, GenerationPageView> ProjectPages { get; } = [];

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

    public Task<GenerationPageView> GetHistoryAsync(string? cursor = null, int limit = 20, Guid? projectId = null, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        RequestedCursors.Add(cursor);
        RequestedProjects.Add(projectId);
        if (cursor is null && projectId is { } project)
            return Task.FromResult(ProjectPages.GetValueOrDefault(project, new GenerationPageView([], null)));
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

    /// <summary>Calls (by IStudioApi method name) that fail with the given exception, the way the API refuses them.</summary>
    public Dictionary<string, Exception> Refusals { get; } = [];

    private void ThrowIfUnreachable([System.Runtime.CompilerServices.CallerMemberName] string call = "")
    {
        if (Unreachable is not null)
            throw Unreachable;
        if (Refusals.TryGetValue(call, out var refusal))
            throw refusal;
    }
}
