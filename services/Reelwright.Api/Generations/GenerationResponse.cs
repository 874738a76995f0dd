using Reelwright.Api.Media;
using Reelwright.Data.Generations;

namespace Reelwright.Api.Generations;

/// <summary>A generation as clients see it: recipe, live status, and once done the clip and its reproducibility record.</summary>
/// <param name="AuthorId">Who asked for it; null for generations made before accounts existed.</param>
/// <param name="AuthorName">The author's display name, when known.</param>
/// <param name="Visibility">Private (its author), Team (its project's team) or Public (anyone).</param>
/// <param name="ShotId">The version stack it belongs to, if any (see GET /api/shots/{id}).</param>
/// <param name="ShotVersion">Its version number in that shot.</param>
/// <param name="ParentGenerationId">The version it was made from.</param>
/// <param name="PromptId">The prompt it was generated from, if any (see GET /api/prompts/{id}).</param>
/// <param name="PromptVersion">That prompt's version number: what the form held when Generate was pressed.</param>
/// <param name="SweepId">The sweep it is a cell of, if any.</param>
/// <param name="RerunOfId">The clip it re-runs to verify reproducibility (see GET /api/generations/{id}/verification).</param>
/// <param name="RemixOfId">The gallery clip whose recipe it was remixed from (see GET /api/gallery/{id}).</param>
/// <param name="PublishedAt">When it was published to the gallery; null while it is not there.</param>
/// <param name="Title">The title it was (last) published under; kept when it is unpublished.</param>
/// <param name="HideRecipe">Published with its prompt and recipe kept to its team.</param>
/// <param name="LikeCount">How many accounts like it in the gallery.</param>
public sealed record GenerationResponse(
    Guid Id,
    Guid ProjectId,
    Guid? AuthorId,
    string? AuthorName,
    Visibility Visibility,
    Guid? ShotId,
    int? ShotVersion,
    Guid? ParentGenerationId,
    Guid? PromptId,
    int? PromptVersion,
    Guid? SweepId,
    Guid? RerunOfId,
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
    ClipResponse? Clip,
    Guid? RemixOfId,
    DateTimeOffset? PublishedAt,
    string? Title,
    bool HideRecipe,
    int LikeCount)
{
    /// <param name="g">Loaded with its Clip and Author.</param>
    public static GenerationResponse From(Generation g, MediaUrlSigner signer) => new(
        g.Id, g.ProjectId, g.AuthorId, g.Author?.DisplayName, g.Visibility, g.ShotId, g.ShotVersion, g.ParentGenerationId, g.PromptId, g.PromptVersion, g.SweepId, g.RerunOfId,
        g.Status, g.ModelId, g.Prompt, g.NegativePrompt, g.Seed, g.Steps, g.Guidance, g.Scheduler, g.Keyframes, g.FramesBetween, g.EndPrompt, g.CurrentStep, g.TotalSteps,
        g.FailureReason, g.WorkerName, g.ExecutionProvider, g.CreatedAt, g.StartedAt, g.CompletedAt,
        g.Clip is null ? null : ClipResponse.From(g.Clip, g.MediaAccessVersion, signer),
        g.RemixOfId, g.PublishedAt, g.Title, g.HideRecipe, g.LikeCount);
}
