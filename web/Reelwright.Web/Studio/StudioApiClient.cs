using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Reelwright.Web.Studio;

public sealed class StudioApiClient(HttpClient http, IOptions<StudioOptions> options) : IStudioApi
{
    public async Task<IReadOnlyList<ModelView>> GetModelsAsync(CancellationToken ct = default) =>
        await http.GetFromJsonAsync<List<ModelView>>("/api/models", StudioJson.Options, ct) ?? [];

    public async Task<GenerationPageView> GetHistoryAsync(string? cursor = null, int limit = 20, CancellationToken ct = default)
    {
        var query = cursor is null ? $"?limit={limit}" : $"?limit={limit}&cursor={Uri.EscapeDataString(cursor)}";
        return await http.GetFromJsonAsync<GenerationPageView>($"/api/generations{query}", StudioJson.Options, ct)
            ?? new GenerationPageView([], null);
    }

    public async Task<IReadOnlyList<WorkerView>> GetWorkersAsync(CancellationToken ct = default) =>
        await http.GetFromJsonAsync<List<WorkerView>>("/api/workers", StudioJson.Options, ct) ?? [];

    public async Task<SubmitResult> SubmitAsync(GenerationRecipe recipe, string idempotencyKey, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/generations")
        {
            Content = JsonContent.Create(recipe, options: StudioJson.Options),
        };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await http.SendAsync(request, ct);

        if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity)
        {
            var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(StudioJson.Options, ct);
            if (problem is { Errors.Count: > 0 })
                return SubmitResult.Rejected(problem.Errors.AsReadOnly());
            return SubmitResult.Rejected(new Dictionary<string, string[]> { [""] = [problem?.Detail ?? problem?.Title ?? "The request was refused."] });
        }

        response.EnsureSuccessStatusCode();
        return SubmitResult.Accepted((await response.Content.ReadFromJsonAsync<GenerationView>(StudioJson.Options, ct))!);
    }

    public async Task<GenerationView> CancelAsync(Guid generationId, CancellationToken ct = default)
    {
        using var response = await http.PostAsync($"/api/generations/{generationId}/cancel", content: null, ct);
        // 409: it finished first; show it as it is rather than as an error.
        if (response.StatusCode == HttpStatusCode.Conflict)
            return (await http.GetFromJsonAsync<GenerationView>($"/api/generations/{generationId}", StudioJson.Options, ct))!;
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<GenerationView>(StudioJson.Options, ct))!;
    }

    public string MediaUrl(string apiRelativePath) =>
        new Uri(new Uri(options.Value.PublicApiBaseUrl), apiRelativePath).ToString();
}
