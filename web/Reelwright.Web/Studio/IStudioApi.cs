namespace Reelwright.Web.Studio;

/// <summary>
/// The Studio API as the web app uses it. An interface so components can be tested without a server.
/// Every call but sign-up and sign-in is made as the signed-in user; when the API no longer accepts that user's
/// session a call throws <see cref="StudioSessionEndedException"/>. A refusal the user can act on (a field is wrong,
/// a role is too low, an invitation has expired) throws <see cref="StudioProblemException"/>.
/// </summary>
public interface IStudioApi
{
    Task<IReadOnlyList<ModelView>> GetModelsAsync(CancellationToken ct = default);

    /// <summary>Generations newest first; with a project, only that project's.</summary>
    Task<GenerationPageView> GetHistoryAsync(string? cursor = null, int limit = 20, Guid? projectId = null, CancellationToken ct = default);

    Task<IReadOnlyList<WorkerView>> GetWorkersAsync(CancellationToken ct = default);

    Task<SubmitResult> SubmitAsync(GenerationRecipe recipe, string idempotencyKey, CancellationToken ct = default);

    /// <summary>Cancels a queued or running generation; returns it as it now stands (Canceled, or already finished).</summary>
    Task<GenerationView> CancelAsync(Guid generationId, CancellationToken ct = default);

    /// <summary>An absolute URL the browser can load (video, poster or preview) for a media path the API returned.</summary>
    string MediaUrl(string apiRelativePath);

    Task<AuthSessionView> SignUpAsync(string email, string password, string displayName, CancellationToken ct = default);

    Task<AuthSessionView> SignInAsync(string email, string password, CancellationToken ct = default);

    /// <summary>Revokes the signed-in user's API session token.</summary>
    Task SignOutAsync(CancellationToken ct = default);

    Task<MeView> GetMeAsync(CancellationToken ct = default);

    Task<IReadOnlyList<AccessTokenView>> GetAccessTokensAsync(CancellationToken ct = default);

    Task<CreatedAccessTokenView> CreateAccessTokenAsync(string name, CancellationToken ct = default);

    Task RevokeAccessTokenAsync(Guid tokenId, CancellationToken ct = default);

    Task<TeamSummaryView> CreateTeamAsync(string name, CancellationToken ct = default);

    Task<TeamView> GetTeamAsync(Guid teamId, CancellationToken ct = default);

    Task<TeamMemberView> ChangeMemberRoleAsync(Guid teamId, Guid userId, TeamRole role, CancellationToken ct = default);

    Task RemoveMemberAsync(Guid teamId, Guid userId, CancellationToken ct = default);

    Task<CreatedInvitationView> CreateInvitationAsync(Guid teamId, TeamRole role, int expiresInHours, CancellationToken ct = default);

    Task<IReadOnlyList<InvitationView>> GetInvitationsAsync(Guid teamId, CancellationToken ct = default);

    Task RevokeInvitationAsync(Guid teamId, Guid invitationId, CancellationToken ct = default);

    /// <summary>What an invitation link offers; an expired, used or revoked one throws with the API's explanation (410).</summary>
    Task<InvitationPreviewView> GetInvitationAsync(string token, CancellationToken ct = default);

    /// <summary>Joins the team the invitation is for and returns it.</summary>
    Task<TeamSummaryView> AcceptInvitationAsync(string token, CancellationToken ct = default);

    Task<ProjectView> CreateProjectAsync(Guid teamId, string name, CancellationToken ct = default);

    Task<GenerationView> GetGenerationAsync(Guid generationId, CancellationToken ct = default);

    Task<ShotView> GetShotAsync(Guid shotId, CancellationToken ct = default);

    /// <summary>A clip's review rounds, newest first.</summary>
    Task<IReadOnlyList<ReviewView>> GetReviewsAsync(Guid generationId, CancellationToken ct = default);

    /// <summary>Starts a review round of a finished clip, superseding the open rounds of it and of its shot's other versions.</summary>
    Task<ReviewView> RequestReviewAsync(Guid generationId, IReadOnlyList<Guid> reviewerIds, CancellationToken ct = default);

    /// <summary>The signed-in reviewer's decision in an open round; returns the round as it now stands.</summary>
    Task<ReviewView> DecideReviewAsync(Guid reviewId, ReviewDecision decision, string? note, CancellationToken ct = default);

    /// <summary>A clip's comments and replies, oldest first.</summary>
    Task<IReadOnlyList<CommentView>> GetCommentsAsync(Guid generationId, CancellationToken ct = default);

    /// <summary>Posts a comment or reply; a refusal's field errors are keyed body, startFrame, endFrame, x, y or parentId.</summary>
    Task<CommentView> AddCommentAsync(Guid generationId, NewComment comment, CancellationToken ct = default);

    /// <summary>Resolves a thread (its first comment), replies and all.</summary>
    Task<CommentView> ResolveCommentAsync(Guid commentId, CancellationToken ct = default);

    Task<CommentView> ReopenCommentAsync(Guid commentId, CancellationToken ct = default);

    /// <summary>A project's activity, newest first, a page at a time.</summary>
    Task<ActivityPageView> GetActivityAsync(Guid projectId, string? cursor = null, int limit = 50, CancellationToken ct = default);

    /// <summary>A project's webhooks, disabled ones too, newest first (owners only: others are refused with 403).</summary>
    Task<IReadOnlyList<WebhookView>> GetWebhooksAsync(Guid projectId, CancellationToken ct = default);

    /// <summary>Sends the project's activity of the given kinds (none: all) to a URL; a refusal's field errors are keyed url or events.</summary>
    Task<CreatedWebhookView> CreateWebhookAsync(Guid projectId, string url, IReadOnlyList<string> events, CancellationToken ct = default);

    /// <summary>Stops a webhook; its pending deliveries fail, its log stays.</summary>
    Task DisableWebhookAsync(Guid projectId, Guid webhookId, CancellationToken ct = default);

    /// <summary>A webhook's delivery log, newest first (limit 1–200).</summary>
    Task<IReadOnlyList<WebhookDeliveryView>> GetWebhookDeliveriesAsync(Guid projectId, Guid webhookId, int limit = 50, CancellationToken ct = default);

    /// <summary>Queues a Ping delivery and returns it; refused (409) while the project has no activity or the webhook is disabled.</summary>
    Task<WebhookDeliveryView> TestWebhookAsync(Guid projectId, Guid webhookId, CancellationToken ct = default);

    /// <summary>The signed-in user's waiting jobs: their place in line and estimated wait.</summary>
    Task<QueueView> GetMyQueueAsync(CancellationToken ct = default);

    /// <summary>Every waiting job and who is paused (administrators only: to anyone else it does not exist, 404).</summary>
    Task<QueueView> GetQueueAsync(CancellationToken ct = default);

    /// <summary>Pauses one person's jobs, or with no person the whole queue (administrators only).</summary>
    Task PauseQueueAsync(Guid? userId = null, CancellationToken ct = default);

    /// <summary>Resumes one person's jobs, or with no person the whole queue (administrators only).</summary>
    Task ResumeQueueAsync(Guid? userId = null, CancellationToken ct = default);

    /// <summary>Sets a team's share of the workers (administrators).</summary>
    Task SetSchedulingWeightAsync(Guid teamId, double weight, CancellationToken ct = default);

    /// <summary>Releases a waiting job before every other (administrators only); refused (409) once it is no longer waiting.</summary>
    Task MoveToFrontAsync(Guid generationId, CancellationToken ct = default);

    // Reproducing clips (issue 3)

    /// <summary>Queues the clip's exact recipe again (its seed included) to verify its frames; refused (409) unless it finished.</summary>
    Task<GenerationView> RerunAsync(Guid generationId, CancellationToken ct = default);

    /// <summary>Whether a re-run reproduced its original's frames.</summary>
    Task<VerificationView> GetVerificationAsync(Guid rerunId, CancellationToken ct = default);

    // Clip library and comparison (issue 3)

    /// <summary>The caller's visible clips narrowed by <paramref name="search"/>, newest first, a page at a time.</summary>
    Task<GenerationPageView> SearchClipsAsync(ClipSearch search, string? cursor = null, int limit = 24, CancellationToken ct = default);

    Task<FavouritesView> GetFavouritesAsync(CancellationToken ct = default);

    /// <summary>Stars (true) or unstars (false) a prompt or a clip; doing it twice is harmless.</summary>
    Task SetFavouriteAsync(FavouriteKind kind, Guid id, bool favourite, CancellationToken ct = default);

    // Sweeps: a batch of generations over the product of chosen axes, followed and canceled together.

    /// <summary>Queues a sweep; a refusal (nothing queued) comes back as complaints keyed template, variables, cells, axes, seeds, projectId, ….</summary>
    Task<SweepSubmitResult> CreateSweepAsync(SweepRequest request, CancellationToken ct = default);

    /// <summary>A sweep with its cells and their generations, and its progress.</summary>
    Task<SweepView> GetSweepAsync(Guid sweepId, CancellationToken ct = default);

    /// <summary>Cancels every cell still queued or running; returns the sweep as it now stands.</summary>
    Task<SweepView> CancelSweepAsync(Guid sweepId, CancellationToken ct = default);

    /// <summary>The sweeps the user can see, newest first, without their cells; with a project, only that project's.</summary>
    Task<IReadOnlyList<SweepView>> GetSweepsAsync(Guid? projectId = null, CancellationToken ct = default);

    // Prompts (issue 3): versioned prompts, their labels and diffs, search and stars.

    /// <summary>Starts a prompt in a project (editors and owners); a refusal's field errors are keyed name or firstVersion.text etc.</summary>
    Task<PromptView> CreatePromptAsync(Guid projectId, string name, PromptVersionDraft firstVersion, CancellationToken ct = default);

    /// <summary>A prompt's version tree and labels; with a label, Resolved is the version it points at.</summary>
    Task<PromptView> GetPromptAsync(Guid promptId, string? label = null, CancellationToken ct = default);

    /// <summary>Saves a new version edited from the draft's parent; field errors come back in the result, not thrown.</summary>
    Task<PromptSaveResult> SavePromptVersionAsync(Guid promptId, PromptVersionDraft draft, CancellationToken ct = default);

    /// <summary>Points a label (any lower-case name) at a version; the API records the move. Refusals are keyed label or version.</summary>
    Task<PromptLabelView> MoveLabelAsync(Guid promptId, string label, int version, CancellationToken ct = default);

    /// <summary>Who moved a label, when, from which version to which, oldest first.</summary>
    Task<IReadOnlyList<LabelMoveView>> GetLabelMovesAsync(Guid promptId, string label, CancellationToken ct = default);

    Task<PromptDiffView> DiffPromptAsync(Guid promptId, int fromVersion, int toVersion, CancellationToken ct = default);

    /// <summary>Prompts the signed-in user can see, newest-updated first, a page at a time.</summary>
    Task<PromptPageView> SearchPromptsAsync(PromptFilter filter, string? cursor = null, int limit = 20, CancellationToken ct = default);

    // Share links (issue 7): links for people outside the team, and downloads.

    /// <summary>Makes a link to a clip or a version stack (editors and owners); its token comes back this once.</summary>
    Task<CreatedShareLinkView> CreateShareLinkAsync(ShareLinkRequest request, CancellationToken ct = default);

    /// <summary>The links made to a clip (<paramref name="generationId"/>) or to a version stack (<paramref name="shotId"/>), revoked ones too.</summary>
    Task<IReadOnlyList<ShareLinkView>> GetShareLinksAsync(Guid? generationId = null, Guid? shotId = null, CancellationToken ct = default);

    /// <summary>Ends a link at once (its creator, a team owner or an administrator).</summary>
    Task RevokeShareLinkAsync(Guid shareLinkId, CancellationToken ct = default);

    /// <summary>
    /// Opens a link as anyone may, signed in or not, and counts a view. A passphrase asked for, a link ended, too many
    /// tries or no such link come back as the outcome, not as exceptions.
    /// </summary>
    Task<SharedLinkOutcome> OpenSharedAsync(string token, string? passphrase, CancellationToken ct = default);

    /// <summary>Comments through a link that allows it (signed in); a refusal's field errors are keyed body or startFrame.</summary>
    Task<CommentView> AddSharedCommentAsync(string token, string? passphrase, Guid generationId, string body, int startFrame, CancellationToken ct = default);

    /// <summary>The browser's address for a clip's file (<see cref="ShareDownloadFormat"/>), as an attachment.</summary>
    string DownloadUrl(Guid generationId, string signedVideoUrl, string format);

    // Gallery (issue 7): the public side of sharing. The reads work for visitors (no session) too.

    /// <summary>Published clips, newest first or most liked this week, a page at a time.</summary>
    Task<GalleryPageView> GetGalleryAsync(GallerySort sort, string? cursor = null, CancellationToken ct = default);

    /// <summary>One published clip with its lineage; an unknown or unpublished one is refused with 404.</summary>
    Task<GalleryClipView> GetGalleryClipAsync(Guid clipId, CancellationToken ct = default);

    /// <summary>Likes (true) or unlikes (false) a published clip as the signed-in user; doing it twice is harmless.</summary>
    Task<LikeView> LikeAsync(Guid clipId, bool like, CancellationToken ct = default);

    /// <summary>A person's name and published clips, newest first; 404 for an unknown or closed account.</summary>
    Task<ProfileView> GetPersonAsync(Guid userId, string? cursor = null, CancellationToken ct = default);

    /// <summary>Puts a finished clip in the gallery under a title (1–200 characters), its recipe hidden if asked; 409 unless finished.</summary>
    Task<GalleryClipView> PublishAsync(Guid generationId, string title, bool hideRecipe, CancellationToken ct = default);

    /// <summary>Takes a clip out of the gallery; every public media URL of it stops working at once.</summary>
    Task<GenerationView> UnpublishAsync(Guid generationId, CancellationToken ct = default);
}
