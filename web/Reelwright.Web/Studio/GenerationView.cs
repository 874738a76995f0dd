namespace Reelwright.Web.Studio;

/// <summary>
/// A generation as the Studio API returns it (GET /api/generations/{id}) and pushes it on every change. ShotId and
/// ShotVersion place it in a version stack; ParentGenerationId is the version it was made from. PromptId and
/// PromptVersion name the prompt version it was generated from; RerunOfId the clip it re-runs to verify.
/// PublishedAt is set while it is in the public gallery, under Title, with its recipe hidden when HideRecipe;
/// RemixOfId is the published clip it was remixed from.
/// </summary>
public sealed record GenerationView(
    Guid Id,
    GenerationStatus Status,
    string ModelId,
    string Prompt,
    string NegativePrompt,
    long Seed,
    int Steps,
    double Guidance,
    string? Scheduler,
    int? Keyframes,
    int? FramesBetween,
    string? EndPrompt,
    int CurrentStep,
    int TotalSteps,
    string? FailureReason,
    string? WorkerName,
    string? ExecutionProvider,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    ClipView? Clip,
    Guid? ProjectId = null,
    Guid? AuthorId = null,
    string? AuthorName = null,
    GenerationVisibility Visibility = GenerationVisibility.Team,
    Guid? ShotId = null,
    int? ShotVersion = null,
    Guid? ParentGenerationId = null,
    Guid? PromptId = null,
    int? PromptVersion = null,
    Guid? SweepId = null,
    Guid? RerunOfId = null,
    Guid? RemixOfId = null,
    DateTimeOffset? PublishedAt = null,
    string? Title = null,
    bool HideRecipe = false,
    int LikeCount = 0)
{
    public bool IsActive => Status is GenerationStatus.Queued or GenerationStatus.Running;

    /// <summary>Whether this change can move waiting jobs' places: a job arriving, starting or ending can; a running job's next step cannot.</summary>
    public bool MovesTheQueue => Status != GenerationStatus.Running || CurrentStep == 0;

    public double ProgressFraction => Status == GenerationStatus.Succeeded ? 1 : TotalSteps == 0 ? 0 : (double)CurrentStep / TotalSteps;

    public GenerationRecipe Recipe =>
        new(Prompt, NegativePrompt, Seed, Steps, Guidance, ModelId, Scheduler, Keyframes, FramesBetween, EndPrompt, ProjectId, Visibility, PromptId: PromptId, PromptVersion: PromptVersion);

    /// <summary>
    /// True when this is an older picture of the same generation than <paramref name="current"/> (updates can
    /// overtake each other): a job only moves Queued, Running, then finished, and its step only grows.
    /// </summary>
    public bool IsBehind(GenerationView current) =>
        (Rank(Status), CurrentStep).CompareTo((Rank(current.Status), current.CurrentStep)) < 0;

    private static int Rank(GenerationStatus status) => status switch
    {
        GenerationStatus.Queued => 0,
        GenerationStatus.Running => 1,
        _ => 2,
    };
}
