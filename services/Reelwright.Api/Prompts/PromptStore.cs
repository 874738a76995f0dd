using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Api.Generations;
using Reelwright.Data;
using Reelwright.Data.Prompts;
using Reelwright.Data.Teams;

namespace Reelwright.Api.Prompts;

/// <summary>
/// Reads and writes prompts for the Prompts, Generations and Sweeps APIs alike: who may see and edit one, and saving
/// a version with the next gap-free number.
/// </summary>
public sealed class PromptStore(StudioDbContext db, StudioAccess access, TimeProvider clock)
{
    /// <summary>The prompt, or null when it does not exist or the caller may not see it (both answer 404).</summary>
    public async Task<Prompt?> FindVisibleAsync(Guid id, CancellationToken ct)
    {
        var prompt = await db.Prompts.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        return prompt is not null && await access.CanSeeAsync(prompt.Visibility, prompt.AuthorId, prompt.TeamId, ct) ? prompt : null;
    }

    public Task<bool> HasVersionAsync(Guid promptId, int number, CancellationToken ct) =>
        db.PromptVersions.AnyAsync(v => v.PromptId == promptId && v.Number == number, ct);

    /// <summary>Null when the caller may edit the prompt (an editor or owner of its team); otherwise the 403 saying why.</summary>
    public async Task<IResult?> WhyNotEditableAsync(Prompt prompt, string toDo, CancellationToken ct) =>
        await access.RoleInAsync(prompt.TeamId, ct) switch
        {
            >= TeamRole.Editor => null,
            { } member => AccessProblems.RoleRequired(TeamRole.Editor, member, toDo),
            null => TypedResults.Problem(title: "Your role does not allow this.", detail: $"{toDo} takes membership of the prompt's team.", statusCode: StatusCodes.Status403Forbidden),
        };

    /// <summary>Saves a version edited from <c>request.ParentVersion</c> (the latest when null), numbered next.</summary>
    public async Task<PromptVersion> SaveVersionAsync(Guid promptId, SavePromptVersionRequest request, Guid authorId, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var now = clock.GetUtcNow();
            // The row lock taken here queues concurrent saves: each gets the next number, none is skipped or reused.
            var number = (await db.Database.SqlQuery<int>(
                $"UPDATE prompts SET last_version = last_version + 1, updated_at = {now} WHERE id = {promptId} RETURNING last_version AS \"Value\"").ToListAsync(token)).Single();
            var saved = NewVersion(promptId, number, request.ParentVersion ?? number - 1, request, authorId, now);
            db.PromptVersions.Add(saved);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return saved;
        }, ct);
    }

    /// <summary>
    /// The version a generation from <paramref name="recipe"/> belongs to: <paramref name="basedOn"/> (the latest when
    /// null) when the form still holds it, else the latest version when that already does (a retried Generate), else a
    /// new version branched from <paramref name="basedOn"/> — every Generate from a changed form saves one.
    /// </summary>
    public async Task<int> VersionForAsync(Prompt prompt, int? basedOn, PromptRecipe recipe, Guid authorId, CancellationToken ct)
    {
        var latest = await db.Prompts.Where(p => p.Id == prompt.Id).Select(p => p.LastVersion).SingleAsync(ct);
        var candidates = await db.PromptVersions.AsNoTracking()
            .Where(v => v.PromptId == prompt.Id && (v.Number == (basedOn ?? latest) || v.Number == latest)).ToListAsync(ct);
        if (candidates.OrderBy(v => v.Number == (basedOn ?? latest) ? 0 : 1).FirstOrDefault(v => PromptRecipe.Of(v) == recipe) is { } same)
            return same.Number;

        var parent = candidates.Single(v => v.Number == (basedOn ?? latest));
        var request = recipe.ToSaveRequest(parent.Number, "Generated from a changed form") with { Variables = PromptVariables.FromJson(parent.Variables) };
        return (await SaveVersionAsync(prompt.Id, request, authorId, ct)).Number;
    }

    public static PromptVersion NewVersion(Guid promptId, int number, int? parent, SavePromptVersionRequest request, Guid authorId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), PromptId = promptId, Number = number, ParentNumber = parent, Text = request.Text!.Trim(),
        NegativeText = request.NegativeText?.Trim() ?? "", ModelId = request.ModelId ?? GenerationRequestValidator.DefaultModelId,
        Seed = request.Seed, Steps = request.Steps, Guidance = request.Guidance, Message = string.IsNullOrWhiteSpace(request.Message) ? null : request.Message.Trim(),
        Variables = PromptVariables.ToJson(request.Variables), AuthorId = authorId, CreatedAt = now,
    };
}
