namespace Reelwright.Web.Studio;

/// <summary>
/// Jobs waiting for a worker, in the order they will be released (GET /api/queue: the caller's own; GET /api/admin/queue:
/// everyone's). <see cref="PausedUsers"/> is filled only in the administrators' view.
/// </summary>
/// <param name="Paused">The whole queue is paused: no job is released until an administrator resumes it.</param>
public sealed record QueueView(bool Paused, IReadOnlyList<Guid> PausedUsers, IReadOnlyList<QueuedJobView> Jobs)
{
    public static QueueView Empty { get; } = new(false, [], []);

    public bool IsPaused(Guid userId) => PausedUsers.Contains(userId);
}
