using Reelwright.Data.Accounts;

namespace Reelwright.Data.Generations;

/// <summary>One request to turn a recipe into a clip, and everything that happened to it since.</summary>
public sealed class Generation
{
    public Guid Id { get; init; }

    /// <summary>Client-chosen key that makes a retried POST return this generation instead of queuing another.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Hash of the request as submitted, so a reused key with a different body is told apart from a retry.</summary>
    public string? RequestFingerprint { get; init; }

    /// <summary>The project it belongs to; the project's team decides who may see it.</summary>
    public Guid ProjectId { get; init; }

    /// <summary>The project's team, kept here (projects never change team) so access checks need no join.</summary>
    public Guid TeamId { get; init; }

    /// <summary>Who asked for it; null only for generations made before accounts existed.</summary>
    public Guid? AuthorId { get; init; }

    public StudioUser? Author { get; init; }

    public Visibility Visibility { get; set; }

    /// <summary>The version stack it belongs to, if any.</summary>
    public Guid? ShotId { get; set; }

    /// <summary>Its number in the shot: 1, 2, 3… in the order made, gap-free.</summary>
    public int? ShotVersion { get; set; }

    /// <summary>The version it was made from (a re-run, an edit of its recipe): an edge of the shot's lineage graph.</summary>
    public Guid? ParentGenerationId { get; init; }

    /// <summary>
    /// Part of every signed media URL: raised whenever the generation becomes visible to fewer people, which voids every
    /// URL issued before at once.
    /// </summary>
    public int MediaAccessVersion { get; set; }

    /// <summary>When it was published to the public gallery; null while it is not there.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>The title it was published under.</summary>
    public string? Title { get; set; }

    /// <summary>Published with its prompt and recipe hidden: no public response carries them, and it cannot be remixed.</summary>
    public bool HideRecipe { get; set; }

    /// <summary>The public clip whose recipe this one was remixed from: its credit, and an edge of the remix lineage.</summary>
    public Guid? RemixOfId { get; init; }

    /// <summary>How many accounts like it; kept with each like and unlike in the same transaction.</summary>
    public int LikeCount { get; set; }

    public required string ModelId { get; init; }
    public required string Prompt { get; init; }
    public required string NegativePrompt { get; init; }
    public long Seed { get; init; }
    public int Steps { get; init; }
    public double Guidance { get; init; }

    /// <summary>Stable Diffusion models: the noise scheduler; null for MiniSora's built-in sampler.</summary>
    public string? Scheduler { get; init; }

    /// <summary>Stable Diffusion models: images the latent walk passes through.</summary>
    public int? Keyframes { get; init; }

    /// <summary>Stable Diffusion models: frames interpolated between two keyframes.</summary>
    public int? FramesBetween { get; init; }

    /// <summary>Stable Diffusion models: the prompt the walk ends on; null keeps one prompt throughout.</summary>
    public string? EndPrompt { get; init; }

    /// <summary>Sampler steps the whole clip takes (steps × frames for a latent walk): what progress counts towards.</summary>
    public int TotalSteps { get; init; }

    public JobPriority Priority { get; init; }

    /// <summary>The prompt it was generated from, if any: the prompt version records what the form held.</summary>
    public Guid? PromptId { get; init; }

    /// <summary>The number of the prompt version it was generated from.</summary>
    public int? PromptVersion { get; init; }

    /// <summary>The generation this one re-runs with the exact same recipe, to verify its frames are reproduced.</summary>
    public Guid? RerunOfId { get; init; }

    /// <summary>The sweep it is a cell of, if any.</summary>
    public Guid? SweepId { get; init; }

    /// <summary>A sweep cell's value on each of the sweep's axes, as a JSON object (e.g. {"colour":"red","seed":"7"}).</summary>
    public string? SweepValues { get; init; }

    /// <summary>
    /// When the dispatcher released it to the workers' queue; null while it waits in the database, where the fair
    /// scheduler chooses the order.
    /// </summary>
    public DateTimeOffset? DispatchedAt { get; set; }

    /// <summary>When an administrator moved it to the front of the queue.</summary>
    public DateTimeOffset? MovedToFrontAt { get; set; }

    /// <summary>How often it has been released; more than once when a stuck run was requeued.</summary>
    public int DispatchCount { get; set; }

    public GenerationStatus Status { get; set; }
    public int CurrentStep { get; set; }
    public string? FailureReason { get; set; }
    public string? WorkerName { get; set; }
    public string? ExecutionProvider { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    public Clip? Clip { get; set; }
}
