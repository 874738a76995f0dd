using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace Reelwright.Web.Studio;

/// <summary>A typed HttpClient for the Studio API that sends every call with the signed-in user's token.</summary>
public sealed class StudioApiClient(HttpClient http, IStudioSession session, IOptions<StudioOptions> options) : IStudioApi
{
    public async Task<IReadOnlyList<ModelView>> GetModelsAsync(CancellationToken ct = default) =>
        await ReadAsync<List<ModelView>>(HttpMethod.Get, "/api/models", ct: ct);

    public Task<GenerationPageView> GetHistoryAsync(string? cursor = null, int limit = 20, Guid? projectId = null, CancellationToken ct = default)
    {
        var query = $"?limit={limit}";
        if (cursor is not null)
            query += $"&cursor={Uri.EscapeDataString(cursor)}";
        if (projectId is { } project)
            query += $"&projectId={project}";
        return ReadAsync<GenerationPageView>(HttpMethod.Get, $"/api/generations{query}", ct: ct);
    }

    public async Task<IReadOnlyList<WorkerView>> GetWorkersAsync(CancellationToken ct = default) =>
        await ReadAsync<List<WorkerView>>(HttpMethod.Get, "/api/workers", ct: ct);

    public async Task<SubmitResult> SubmitAsync(GenerationRecipe recipe, string idempotencyKey, CancellationToken ct = default)
    {
        using var request = Request(HttpMethod.Post, "/api/generations", recipe);
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await SendAsync(request, asUser: true, ct);

        if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity)
            return SubmitResult.Rejected((await ProblemReader.ReadAsync(response, ct)).Errors);

        response.EnsureSuccessStatusCode();
        return SubmitResult.Accepted((await response.Content.ReadFromJsonAsync<GenerationView>(StudioJson.Options, ct))!);
    }

    public async Task<GenerationView> CancelAsync(Guid generationId, CancellationToken ct = default)
    {
        using var request = Request(HttpMethod.Post, $"/api/generations/{generationId}/cancel");
        using var response = await SendAsync(request, asUser: true, ct);
        // 409: it finished first; show it as it is rather than as an error.
        if (response.StatusCode == HttpStatusCode.Conflict)
            return await ReadAsync<GenerationView>(HttpMethod.Get, $"/api/generations/{generationId}", ct: ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<GenerationView>(StudioJson.Options, ct))!;
    }

    public string MediaUrl(string apiRelativePath) =>
        new Uri(new Uri(options.Value.PublicApiBaseUrl), apiRelativePath).ToString();

    public Task<AuthSessionView> SignUpAsync(string email, string password, string displayName, CancellationToken ct = default) =>
        ReadAsync<AuthSessionView>(HttpMethod.Post, "/api/auth/sign-up", new { email, password, displayName }, asUser: false, ct);

    public Task<AuthSessionView> SignInAsync(string email, string password, CancellationToken ct = default) =>
        ReadAsync<AuthSessionView>(HttpMethod.Post, "/api/auth/sign-in", new { email, password }, asUser: false, ct);

    public Task SignOutAsync(CancellationToken ct = default) => SendOnlyAsync(HttpMethod.Post, "/api/auth/sign-out", ct: ct);

    public Task<MeView> GetMeAsync(CancellationToken ct = default) => ReadAsync<MeView>(HttpMethod.Get, "/api/me", ct: ct);

    public async Task<IReadOnlyList<AccessTokenView>> GetAccessTokensAsync(CancellationToken ct = default) =>
        await ReadAsync<List<AccessTokenView>>(HttpMethod.Get, "/api/me/tokens", ct: ct);

    public Task<CreatedAccessTokenView> CreateAccessTokenAsync(string name, CancellationToken ct = default) =>
        ReadAsync<CreatedAccessTokenView>(HttpMethod.Post, "/api/me/tokens", new { name }, ct: ct);

    public Task RevokeAccessTokenAsync(Guid tokenId, CancellationToken ct = default) =>
        SendOnlyAsync(HttpMethod.Delete, $"/api/me/tokens/{tokenId}", ct: ct);

    public Task<TeamSummaryView> CreateTeamAsync(string name, CancellationToken ct = default) =>
        ReadAsync<TeamSummaryView>(HttpMethod.Post, "/api/teams", new { name }, ct: ct);

    public Task<TeamView> GetTeamAsync(Guid teamId, CancellationToken ct = default) =>
        ReadAsync<TeamView>(HttpMethod.Get, $"/api/teams/{teamId}", ct: ct);

    public Task<TeamMemberView> ChangeMemberRoleAsync(Guid teamId, Guid userId, TeamRole role, CancellationToken ct = default) =>
        ReadAsync<TeamMemberView>(HttpMethod.Put, $"/api/teams/{teamId}/members/{userId}", new { role }, ct: ct);

    public Task RemoveMemberAsync(Guid teamId, Guid userId, CancellationToken ct = default) =>
        SendOnlyAsync(HttpMethod.Delete, $"/api/teams/{teamId}/members/{userId}", ct: ct);

    public Task<CreatedInvitationView> CreateInvitationAsync(Guid teamId, TeamRole role, int expiresInHours, CancellationToken ct = default) =>
        ReadAsync<CreatedInvitationView>(HttpMethod.Post, $"/api/teams/{teamId}/invitations", new { role, expiresInHours }, ct: ct);

    public async Task<IReadOnlyList<InvitationView>> GetInvitationsAsync(Guid teamId, CancellationToken ct = default) =>
        await ReadAsync<List<InvitationView>>(HttpMethod.Get, $"/api/teams/{teamId}/invitations", ct: ct);

    public Task RevokeInvitationAsync(Guid teamId, Guid invitationId, CancellationToken ct = default) =>
        SendOnlyAsync(HttpMethod.Delete, $"/api/teams/{teamId}/invitations/{invitationId}", ct: ct);

    public Task<InvitationPreviewView> GetInvitationAsync(string token, CancellationToken ct = default) =>
        ReadAsync<InvitationPreviewView>(HttpMethod.Get, $"/api/invitations/{Uri.EscapeDataString(token)}", ct: ct);

    public Task<TeamSummaryView> AcceptInvitationAsync(string token, CancellationToken ct = default) =>
        ReadAsync<TeamSummaryView>(HttpMethod.Post, $"/api/invitations/{Uri.EscapeDataString(token)}/accept", ct: ct);

    public Task<ProjectView> CreateProjectAsync(Guid teamId, string name, CancellationToken ct = default) =>
        ReadAsync<ProjectView>(HttpMethod.Post, $"/api/teams/{teamId}/projects", new { name }, ct: ct);

    public Task<GenerationView> GetGenerationAsync(Guid generationId, CancellationToken ct = default) =>
        ReadAsync<GenerationView>(HttpMethod.Get, $"/api/generations/{generationId}", ct: ct);

    public Task<ShotView> GetShotAsync(Guid shotId, CancellationToken ct = default) =>
        ReadAsync<ShotView>(HttpMethod.Get, $"/api/shots/{shotId}", ct: ct);

    public async Task<IReadOnlyList<ReviewView>> GetReviewsAsync(Guid generationId, CancellationToken ct = default) =>
        await ReadAsync<List<ReviewView>>(HttpMethod.Get, $"/api/generations/{generationId}/reviews", ct: ct);

    public Task<ReviewView> RequestReviewAsync(Guid generationId, IReadOnlyList<Guid> reviewerIds, CancellationToken ct = default) =>
        ReadAsync<ReviewView>(HttpMethod.Post, $"/api/generations/{generationId}/reviews", new { reviewerIds }, ct: ct);

    public Task<ReviewView> DecideReviewAsync(Guid reviewId, ReviewDecision decision, string? note, CancellationToken ct = default) =>
        ReadAsync<ReviewView>(HttpMethod.Put, $"/api/reviews/{reviewId}/decision", new { decision, note }, ct: ct);

    public async Task<IReadOnlyList<CommentView>> GetCommentsAsync(Guid generationId, CancellationToken ct = default) =>
        await ReadAsync<List<CommentView>>(HttpMethod.Get, $"/api/generations/{generationId}/comments", ct: ct);

    public Task<CommentView> AddCommentAsync(Guid generationId, NewComment comment, CancellationToken ct = default) =>
        ReadAsync<CommentView>(HttpMethod.Post, $"/api/generations/{generationId}/comments", comment, ct: ct);

    public Task<CommentView> ResolveCommentAsync(Guid commentId, CancellationToken ct = default) =>
        ReadAsync<CommentView>(HttpMethod.Post, $"/api/comments/{commentId}/resolve", ct: ct);

    public Task<CommentView> ReopenCommentAsync(Guid commentId, CancellationToken ct = default) =>
        ReadAsync<CommentView>(HttpMethod.Post, $"/api/comments/{commentId}/reopen", ct: ct);

    public Task<ActivityPageView> GetActivityAsync(Guid projectId, string? cursor = null, int limit = 50, CancellationToken ct = default)
    {
        var query = $"?limit={limit}";
        if (cursor is not null)
            query += $"&cursor={Uri.EscapeDataString(cursor)}";
        return ReadAsync<ActivityPageView>(HttpMethod.Get, $"/api/projects/{projectId}/activity{query}", ct: ct);
    }

    public async Task<IReadOnlyList<WebhookView>> GetWebhooksAsync(Guid projectId, CancellationToken ct = default) =>
        await ReadAsync<List<WebhookView>>(HttpMethod.Get, $"/api/projects/{projectId}/webhooks", ct: ct);

    public Task<CreatedWebhookView> CreateWebhookAsync(Guid projectId, string url, IReadOnlyList<string> events, CancellationToken ct = default) =>
        ReadAsync<CreatedWebhookView>(HttpMethod.Post, $"/api/projects/{projectId}/webhooks", new { url, events }, ct: ct);

    public Task DisableWebhookAsync(Guid projectId, Guid webhookId, CancellationToken ct = default) =>
        SendOnlyAsync(HttpMethod.Delete, $"/api/projects/{projectId}/webhooks/{webhookId}", ct: ct);

    public async Task<IReadOnlyList<WebhookDeliveryView>> GetWebhookDeliveriesAsync(Guid projectId, Guid webhookId, int limit = 50, CancellationToken ct = default) =>
        await ReadAsync<List<WebhookDeliveryView>>(HttpMethod.Get, $"/api/projects/{projectId}/webhooks/{webhookId}/deliveries?limit={limit}", ct: ct);

    public Task<WebhookDeliveryView> TestWebhookAsync(Guid projectId, Guid webhookId, CancellationToken ct = default) =>
        ReadAsync<WebhookDeliveryView>(HttpMethod.Post, $"/api/projects/{projectId}/webhooks/{webhookId}/test", ct: ct);

    public Task<QueueView> GetMyQueueAsync(CancellationToken ct = default) =>
        ReadAsync<QueueView>(HttpMethod.Get, "/api/queue", ct: ct);

    public Task<QueueView> GetQueueAsync(CancellationToken ct = default) =>
        ReadAsync<QueueView>(HttpMethod.Get, "/api/admin/queue", ct: ct);

    public Task PauseQueueAsync(Guid? userId = null, CancellationToken ct = default) =>
        SendOnlyAsync(HttpMethod.Post, "/api/admin/queue/pause", new { userId }, ct);

    public Task ResumeQueueAsync(Guid? userId = null, CancellationToken ct = default) =>
        SendOnlyAsync(HttpMethod.Post, "/api/admin/queue/resume", new { userId }, ct);

    public Task SetSchedulingWeightAsync(Guid teamId, double weight, CancellationToken ct = default) =>
        SendOnlyAsync(HttpMethod.Put, $"/api/admin/teams/{teamId}/scheduling-weight", new { weight }, ct);

    public Task MoveToFrontAsync(Guid generationId, CancellationToken ct = default) =>
        SendOnlyAsync(HttpMethod.Post, $"/api/admin/queue/{generationId}/front", ct: ct);

    // Prompts (issue 3)

    public Task<PromptView> CreatePromptAsync(Guid projectId, string name, PromptVersionDraft firstVersion, CancellationToken ct = default) =>
        ReadAsync<PromptView>(HttpMethod.Post, "/api/prompts", new { projectId, name, firstVersion }, ct: ct);

    public Task<PromptView> GetPromptAsync(Guid promptId, string? label = null, CancellationToken ct = default) =>
        ReadAsync<PromptView>(HttpMethod.Get, $"/api/prompts/{promptId}{(label is null ? "" : $"?label={Uri.EscapeDataString(label)}")}", ct: ct);

    public async Task<PromptSaveResult> SavePromptVersionAsync(Guid promptId, PromptVersionDraft draft, CancellationToken ct = default)
    {
        using var request = Request(HttpMethod.Post, $"/api/prompts/{promptId}/versions", draft);
        using var response = await SendAsync(request, asUser: true, ct);
        // Like a submission: the editor shows the complaints beside its fields; other refusals are the page's to report.
        if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity)
            return PromptSaveResult.Rejected((await ProblemReader.ReadAsync(response, ct)).Errors);
        await ThrowIfRefusedAsync(response, ct);
        return PromptSaveResult.Saved((await response.Content.ReadFromJsonAsync<PromptVersionView>(StudioJson.Options, ct))!);
    }

    public Task<PromptLabelView> MoveLabelAsync(Guid promptId, string label, int version, CancellationToken ct = default) =>
        ReadAsync<PromptLabelView>(HttpMethod.Put, $"/api/prompts/{promptId}/labels/{Uri.EscapeDataString(label)}", new { version }, ct: ct);

    public async Task<IReadOnlyList<LabelMoveView>> GetLabelMovesAsync(Guid promptId, string label, CancellationToken ct = default) =>
        await ReadAsync<List<LabelMoveView>>(HttpMethod.Get, $"/api/prompts/{promptId}/labels/{Uri.EscapeDataString(label)}/moves", ct: ct);

    public Task<PromptDiffView> DiffPromptAsync(Guid promptId, int fromVersion, int toVersion, CancellationToken ct = default) =>
        ReadAsync<PromptDiffView>(HttpMethod.Get, $"/api/prompts/{promptId}/diff?from={fromVersion}&to={toVersion}", ct: ct);

    public Task<PromptPageView> SearchPromptsAsync(PromptFilter filter, string? cursor = null, int limit = 20, CancellationToken ct = default) =>
        ReadAsync<PromptPageView>(HttpMethod.Get, $"/api/prompts{filter.QueryString(cursor, limit)}", ct: ct);

    private async Task<T> ReadAsync<T>(HttpMethod method, string path, object? body = null, bool asUser = true, CancellationToken ct = default)
    {
        using var request = Request(method, path, body);
        using var response = await SendAsync(request, asUser, ct);
        await ThrowIfRefusedAsync(response, ct);
        return (await response.Content.ReadFromJsonAsync<T>(StudioJson.Options, ct))
            ?? throw new System.Text.Json.JsonException($"The Studio API answered {method} {path} with an empty body.");
    }

    private async Task SendOnlyAsync(HttpMethod method, string path, object? body = null, CancellationToken ct = default)
    {
        using var request = Request(method, path, body);
        using var response = await SendAsync(request, asUser: true, ct);
        await ThrowIfRefusedAsync(response, ct);
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, object? body = null) =>
        new(method, path) { Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: StudioJson.Options) };

    /// <summary>Sends as the signed-in user; their 401 means the session is over, not that this one request was wrong.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, bool asUser, CancellationToken ct)
    {
        if (asUser && await session.TokenAsync() is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await http.SendAsync(request, ct);
        if (asUser && response.StatusCode == HttpStatusCode.Unauthorized)
        {
            using (response)
                throw new StudioSessionEndedException((await ProblemReader.TryReadAsync(response, ct))?.Detail);
        }
        return response;
    }

    /// <summary>A 4xx is the API saying no for a reason the user can read; a 5xx is a fault, reported as unreachable.</summary>
    private static async Task ThrowIfRefusedAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if ((int)response.StatusCode is >= 400 and < 500)
            throw await ProblemReader.ReadAsync(response, ct);
        response.EnsureSuccessStatusCode();
    }

    // Reproducing clips (issue 3)

    public Task<GenerationView> RerunAsync(Guid generationId, CancellationToken ct = default) =>
        ReadAsync<GenerationView>(HttpMethod.Post, $"/api/generations/{generationId}/rerun", ct: ct);

    public Task<VerificationView> GetVerificationAsync(Guid rerunId, CancellationToken ct = default) =>
        ReadAsync<VerificationView>(HttpMethod.Get, $"/api/generations/{rerunId}/verification", ct: ct);

    // Clip library and comparison (issue 3)

    public Task<GenerationPageView> SearchClipsAsync(ClipSearch search, string? cursor = null, int limit = 24, CancellationToken ct = default)
    {
        var query = $"?limit={limit}";
        if (cursor is not null)
            query += $"&cursor={Uri.EscapeDataString(cursor)}";
        if (!string.IsNullOrWhiteSpace(search.Text))
            query += $"&q={Uri.EscapeDataString(search.Text.Trim())}";
        if (!string.IsNullOrEmpty(search.ModelId))
            query += $"&modelId={Uri.EscapeDataString(search.ModelId)}";
        // Whole UTC days, both included: the API's "to" is exclusive, so the day after the last one.
        if (search.From is { } from)
            query += $"&from={StartOfUtcDay(from)}";
        if (search.To is { } to)
            query += $"&to={StartOfUtcDay(to.AddDays(1))}";
        if (search.FavouritesOnly)
            query += "&favourites=true";
        if (search.PromptId is { } promptId)
            query += $"&promptId={promptId}" + (search.PromptVersion is { } version ? $"&promptVersion={version}" : "");
        return ReadAsync<GenerationPageView>(HttpMethod.Get, $"/api/generations{query}", ct: ct);
    }

    public Task<FavouritesView> GetFavouritesAsync(CancellationToken ct = default) =>
        ReadAsync<FavouritesView>(HttpMethod.Get, "/api/favourites", ct: ct);

    public Task SetFavouriteAsync(FavouriteKind kind, Guid id, bool favourite, CancellationToken ct = default)
    {
        var path = kind switch
        {
            FavouriteKind.Prompts => $"/api/favourites/prompts/{id}",
            FavouriteKind.Generations => $"/api/favourites/generations/{id}",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not something that can be starred."),
        };
        return SendOnlyAsync(favourite ? HttpMethod.Put : HttpMethod.Delete, path, ct: ct);
    }

    private static string StartOfUtcDay(DateOnly day) =>
        day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";

    // Sweeps

    public async Task<SweepSubmitResult> CreateSweepAsync(SweepRequest request, CancellationToken ct = default)
    {
        using var message = Request(HttpMethod.Post, "/api/sweeps", request);
        using var response = await SendAsync(message, asUser: true, ct);
        // Any refusal (invalid, too big, no project, too low a role) is read back to the form, where the user can act on it.
        if ((int)response.StatusCode is >= 400 and < 500)
            return SweepSubmitResult.Rejected((await ProblemReader.ReadAsync(response, ct)).Errors);

        response.EnsureSuccessStatusCode();
        return SweepSubmitResult.Accepted((await response.Content.ReadFromJsonAsync<SweepView>(StudioJson.Options, ct))!);
    }

    public Task<SweepView> GetSweepAsync(Guid sweepId, CancellationToken ct = default) =>
        ReadAsync<SweepView>(HttpMethod.Get, $"/api/sweeps/{sweepId}", ct: ct);

    public Task<SweepView> CancelSweepAsync(Guid sweepId, CancellationToken ct = default) =>
        ReadAsync<SweepView>(HttpMethod.Post, $"/api/sweeps/{sweepId}/cancel", ct: ct);

    public async Task<IReadOnlyList<SweepView>> GetSweepsAsync(Guid? projectId = null, CancellationToken ct = default) =>
        await ReadAsync<List<SweepView>>(HttpMethod.Get, projectId is { } project ? $"/api/sweeps?projectId={project}" : "/api/sweeps", ct: ct);

    // Share links (issue 7)

    /// <summary>Without Retry-After the API's window for wrong passphrases is the fair guess.</summary>
    private static readonly TimeSpan DefaultShareRetryAfter = TimeSpan.FromMinutes(15);

    public Task<CreatedShareLinkView> CreateShareLinkAsync(ShareLinkRequest request, CancellationToken ct = default) =>
        ReadAsync<CreatedShareLinkView>(HttpMethod.Post, "/api/share-links", request, ct: ct);

    public async Task<IReadOnlyList<ShareLinkView>> GetShareLinksAsync(Guid? generationId = null, Guid? shotId = null, CancellationToken ct = default)
    {
        var query = (generationId, shotId) switch
        {
            ({ } generation, null) => $"?generationId={generation}",
            (null, { } shot) => $"?shotId={shot}",
            _ => throw new ArgumentException("Ask for the links of a clip or of a version stack: one of the two."),
        };
        return await ReadAsync<List<ShareLinkView>>(HttpMethod.Get, $"/api/share-links{query}", ct: ct);
    }

    public Task RevokeShareLinkAsync(Guid shareLinkId, CancellationToken ct = default) =>
        SendOnlyAsync(HttpMethod.Delete, $"/api/share-links/{shareLinkId}", ct: ct);

    public async Task<SharedLinkOutcome> OpenSharedAsync(string token, string? passphrase, CancellationToken ct = default)
    {
        using var request = Request(HttpMethod.Post, $"/api/shared/{Uri.EscapeDataString(token)}", new { passphrase });
        // Anyone may open a link. A signed-in visitor's token goes along, but the 401 this answers is about the
        // passphrase, never about their session, so it is read here rather than by SendAsync.
        if (await session.TokenAsync() is { } sessionToken)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sessionToken);
        using var response = await http.SendAsync(request, ct);

        switch (response.StatusCode)
        {
            case HttpStatusCode.Unauthorized:
                return new SharedLinkOutcome.PassphraseNeeded(WasWrong: !string.IsNullOrEmpty(passphrase));
            case HttpStatusCode.Gone:
                return new SharedLinkOutcome.Ended((await ProblemReader.TryReadAsync(response, ct))?.Detail);
            case HttpStatusCode.TooManyRequests:
                return new SharedLinkOutcome.TooManyTries(RetryAfter(response) ?? DefaultShareRetryAfter);
            case HttpStatusCode.NotFound:
                return new SharedLinkOutcome.NotFound();
        }
        await ThrowIfRefusedAsync(response, ct);
        return new SharedLinkOutcome.Shown((await response.Content.ReadFromJsonAsync<SharedView>(StudioJson.Options, ct))
            ?? throw new System.Text.Json.JsonException("The Studio API answered a share link with an empty body."));
    }

    public Task<CommentView> AddSharedCommentAsync(string token, string? passphrase, Guid generationId, string body, int startFrame,
        CancellationToken ct = default) =>
        ReadAsync<CommentView>(HttpMethod.Post, $"/api/shared/{Uri.EscapeDataString(token)}/comments",
            new { passphrase, generationId, body, startFrame }, ct: ct);

    public string DownloadUrl(Guid generationId, string signedVideoUrl, string format)
    {
        var signature = signedVideoUrl.IndexOf('?') is var start and >= 0 ? "&" + signedVideoUrl[(start + 1)..] : "";
        return MediaUrl($"/api/generations/{generationId}/download?format={Uri.EscapeDataString(format)}{signature}");
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => null,
        };

    // Gallery (issue 7)

    public Task<GalleryPageView> GetGalleryAsync(GallerySort sort, string? cursor = null, CancellationToken ct = default) =>
        ReadAsAnyoneAsync<GalleryPageView>($"/api/gallery?sort={sort.ToString().ToLowerInvariant()}{CursorQuery(cursor)}", ct);

    public Task<GalleryClipView> GetGalleryClipAsync(Guid clipId, CancellationToken ct = default) =>
        ReadAsAnyoneAsync<GalleryClipView>($"/api/gallery/{clipId}", ct);

    public Task<LikeView> LikeAsync(Guid clipId, bool like, CancellationToken ct = default) =>
        ReadAsync<LikeView>(like ? HttpMethod.Put : HttpMethod.Delete, $"/api/gallery/{clipId}/like", ct: ct);

    public Task<ProfileView> GetPersonAsync(Guid userId, string? cursor = null, CancellationToken ct = default) =>
        ReadAsAnyoneAsync<ProfileView>($"/api/people/{userId}{(cursor is null ? "" : $"?cursor={Uri.EscapeDataString(cursor)}")}", ct);

    public Task<GalleryClipView> PublishAsync(Guid generationId, string title, bool hideRecipe, CancellationToken ct = default) =>
        ReadAsync<GalleryClipView>(HttpMethod.Post, $"/api/generations/{generationId}/publish", new { title, hideRecipe }, ct: ct);

    public Task<GenerationView> UnpublishAsync(Guid generationId, CancellationToken ct = default) =>
        ReadAsync<GenerationView>(HttpMethod.Post, $"/api/generations/{generationId}/unpublish", ct: ct);

    /// <summary>
    /// A public read: as the signed-in user when there is one (so likedByMe is theirs), else as a visitor. A visitor
    /// has no session to end, so a 401 to them is a plain refusal, never <see cref="StudioSessionEndedException"/>.
    /// </summary>
    private async Task<T> ReadAsAnyoneAsync<T>(string path, CancellationToken ct) =>
        await ReadAsync<T>(HttpMethod.Get, path, asUser: await session.TokenAsync() is not null, ct: ct);

    private static string CursorQuery(string? cursor) => cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}";
}
