namespace Reelwright.Web.Studio;

/// <summary>The Studio API as the web app uses it. An interface so components can be tested without a server.</summary>
public interface IStudioApi
{
    Task<IReadOnlyList<ModelView>> GetModelsAsync(CancellationToken ct = default);

    Task<GenerationPageView> GetHistoryAsync(string? cursor = null, int limit = 20, CancellationToken ct = default);

    Task<IReadOnlyList<WorkerView>> GetWorkersAsync(CancellationToken ct = default);

    Task<SubmitResult> SubmitAsync(GenerationRecipe recipe, string idempotencyKey, CancellationToken ct = default);

    /// <summary>Cancels a queued or running generation; returns it as it now stands (Canceled, or already finished).</summary>
    Task<GenerationView> CancelAsync(Guid generationId, CancellationToken ct = default);

    /// <summary>An absolute URL the browser can load (video, poster or preview) for a media path the API returned.</summary>
    string MediaUrl(string apiRelativePath);
}
