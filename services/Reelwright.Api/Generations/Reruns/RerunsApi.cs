using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Api.Accounts;
using Reelwright.Api.Media;
using Reelwright.Api.Projects;
using Reelwright.Api.Workers;
using Reelwright.Data;
using Reelwright.Data.Generations;
using Reelwright.Data.Teams;

namespace Reelwright.Api.Generations.Reruns;

/// <summary>
/// Reproduce a clip: re-run its exact recipe (its recorded seed included) and compare the new frames' hash with the
/// original's, so a prompt engineer knows a recipe they keep is one they can get back.
/// </summary>
public static class RerunsApi
{
    public static void MapRerunsApi(this RouteGroupBuilder generations)
    {
        generations.MapPost("/{id:guid}/rerun", RerunAsync).RequireAuthorization().WithName("RerunGeneration")
            .WithSummary("Generate a finished clip again from its exact recipe, to verify the frames are reproduced (editors of its project)")
            .WithDescription("The new generation records rerunOfId; GET /api/generations/{newId}/verification then says whether its frame hash matches.")
            .Produces<GenerationResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        generations.MapGet("/{id:guid}/verification", VerificationAsync).WithName("GetRerunVerification")
            .WithSummary("Whether a re-run reproduced its original's frames: Pending, Matches, Differs, DifferentProvider or Failed")
            .Produces<VerificationResponse>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> RerunAsync(
        Guid id, HttpContext http, StudioAccess access, ProjectResolver projects, WorkerRegistry workers, GenerationSubmitter submitter, MediaUrlSigner signer, CancellationToken ct)
    {
        var original = await (await access.VisibleGenerationsAsync(ct)).AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, ct);
        if (original is null)
            return AccessProblems.NotFound("generation");
        var project = await projects.ResolveAsync(original.ProjectId, ct);
        if (project is null)
            return AccessProblems.NotFound("project");
        if (project.Role < TeamRole.Editor)
            return AccessProblems.RoleRequired(TeamRole.Editor, project.Role, "Re-running clips in this project");
        if (original.Status != GenerationStatus.Succeeded)
            return TypedResults.Problem(title: "Only a finished clip can be re-run.", detail: $"Generation {id} is {original.Status}; there are no frames to verify against.",
                statusCode: StatusCodes.Status409Conflict);
        if (await workers.WhyModelIsRefusedAsync(original.ModelId, ct) is { } refusal)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["modelId"] = [refusal] });

        // A check of reproducibility is working material: never published by itself.
        var visibility = original.Visibility == Visibility.Public ? Visibility.Team : original.Visibility;
        var outcome = await submitter.SubmitAsync(SameRecipe(original), project.Project, http.User.RequiredUserId(), visibility, parent: null, idempotencyKey: null, ct, rerunOf: original.Id);
        var rerun = ((SubmissionOutcome.Created)outcome).Generation;
        return TypedResults.Created($"/api/generations/{rerun.Id}", GenerationResponse.From(rerun, signer));
    }

    private static async Task<IResult> VerificationAsync(Guid id, StudioAccess access, CancellationToken ct)
    {
        var visible = (await access.VisibleGenerationsAsync(ct)).AsNoTracking().Include(g => g.Clip);
        var rerun = await visible.SingleOrDefaultAsync(g => g.Id == id, ct);
        if (rerun is null)
            return AccessProblems.NotFound("generation");
        if (rerun.RerunOfId is not { } originalId || await visible.SingleOrDefaultAsync(g => g.Id == originalId, ct) is not { } original)
            return AccessProblems.NotFound("re-run of a clip you can see");
        return TypedResults.Ok(VerificationResponse.Of(rerun, original));
    }

    private static SubmitGenerationRequest SameRecipe(Generation g) => new(
        g.Prompt, g.NegativePrompt, g.Seed, g.Steps, g.Guidance, g.ModelId, g.Scheduler, g.Keyframes, g.FramesBetween, g.EndPrompt, g.ProjectId,
        PromptId: g.PromptId, PromptVersion: g.PromptVersion);
}
