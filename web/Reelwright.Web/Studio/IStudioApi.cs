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
}
