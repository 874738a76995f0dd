using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Api.Generations;
using Reelwright.Api.Search;
using Reelwright.Data;
using Reelwright.Data.Favourites;
using Reelwright.Data.Generations;

namespace Reelwright.Api.Prompts;

/// <summary>
/// Finding one's prompts again: those of the caller's teams they may see, last saved first, keyset-paged on
/// (updated_at, id) so a page deep in the list costs what the first does.
/// </summary>
public static class PromptSearchApi
{
    public static void MapPromptSearchApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/prompts", SearchAsync).RequireAuthorization().WithTags("Prompts").WithName("SearchPrompts")
            .WithSummary("The caller's teams' prompts, last saved first, keyset-paged; narrowed by text, label, model, dates, project or favourites")
            .Produces<PromptPage>().ProducesValidationProblem();

    private static async Task<IResult> SearchAsync(
        [AsParameters] PromptSearch search, StudioDbContext db, StudioAccess access, CancellationToken ct, string? cursor = null, int limit = GenerationsApi.DefaultPageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (limit is < 1 or > GenerationsApi.MaxPageSize)
            errors["limit"] = [$"limit must be between 1 and {GenerationsApi.MaxPageSize}."];
        HistoryCursor? after = null;
        if (cursor is not null && !HistoryCursor.TryDecode(cursor, out after))
            errors["cursor"] = ["cursor is not one this API handed out; pass nextCursor from the previous page."];
        if (search.Q is { Length: > 200 })
            errors["q"] = ["Search for at most 200 characters."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var teams = (await access.RolesAsync(ct)).Keys.ToList();
        var userId = access.UserId;
        var query =
            from p in db.Prompts.AsNoTracking()
            where teams.Contains(p.TeamId) && (p.Visibility != Visibility.Private || p.AuthorId == userId)
            join v in db.PromptVersions.AsNoTracking() on new { PromptId = p.Id, Number = p.LastVersion } equals new { v.PromptId, v.Number }
            select new { Prompt = p, Latest = v };
        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var pattern = LikePattern.Containing(search.Q);
            query = query.Where(x => EF.Functions.ILike(x.Prompt.Name, pattern) || EF.Functions.ILike(x.Latest.Text, pattern));
        }
        if (search.Label is { } label)
            query = query.Where(x => db.PromptLabels.Any(l => l.PromptId == x.Prompt.Id && l.Name == label));
        if (search.ModelId is { } model)
            query = query.Where(x => x.Latest.ModelId == model);
        if (search.From is { } from)
            query = query.Where(x => x.Prompt.UpdatedAt >= from);
        if (search.To is { } to)
            query = query.Where(x => x.Prompt.UpdatedAt < to);
        if (search.ProjectId is { } project)
            query = query.Where(x => x.Prompt.ProjectId == project);
        if (search.Favourites)
            query = query.Where(x => db.Favourites.Any(f => f.UserId == userId && f.Kind == FavouriteKind.Prompt && f.TargetId == x.Prompt.Id));
        if (after is not null)
            query = query.Where(x => EF.Functions.LessThan(ValueTuple.Create(x.Prompt.UpdatedAt, x.Prompt.Id), ValueTuple.Create(after.CreatedAt, after.Id)));
        var rows = await query.OrderByDescending(x => x.Prompt.UpdatedAt).ThenByDescending(x => x.Prompt.Id).Take(limit + 1).ToListAsync(ct);

        var page = rows.Take(limit).ToList();
        var ids = page.Select(x => x.Prompt.Id).ToList();
        var labels = (await db.PromptLabels.AsNoTracking().Where(l => ids.Contains(l.PromptId)).ToListAsync(ct)).ToLookup(l => l.PromptId, l => l.Name);
        var starred = (await db.Favourites.AsNoTracking().Where(f => f.UserId == userId && f.Kind == FavouriteKind.Prompt && ids.Contains(f.TargetId))
            .Select(f => f.TargetId).ToListAsync(ct)).ToHashSet();
        var items = page.Select(x => new PromptSummaryResponse(x.Prompt.Id, x.Prompt.ProjectId, x.Prompt.Name, x.Latest.Number, x.Latest.Text, x.Latest.ModelId,
            [.. labels[x.Prompt.Id].Order()], x.Prompt.UpdatedAt, starred.Contains(x.Prompt.Id))).ToList();
        var next = rows.Count > limit ? new HistoryCursor(page[^1].Prompt.UpdatedAt, page[^1].Prompt.Id).Encode() : null;
        return TypedResults.Ok(new PromptPage(items, next));
    }
}
