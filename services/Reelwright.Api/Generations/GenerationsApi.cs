using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Workers;
using Reelwright.Data;

namespace Reelwright.Api.Generations;

public static class GenerationsApi
{
    public const int MaxIdempotencyKeyLength = 200;
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static RouteGroupBuilder MapGenerationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/generations").WithTags("Generations");
        api.MapPost("/", SubmitAsync)
            .WithName("SubmitGeneration")
            .WithSummary("Queue a clip for generation")
            .WithDescription("Send an Idempotency-Key header to make retries safe: the same key returns the same generation (200), never a second one; the key reused for a different request is refused (422).")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/{id:guid}/cancel", CancelAsync)
            .WithName("CancelGeneration")
            .WithSummary("Cancel a queued or running generation")
            .WithDescription("A queued job ends Canceled at once; a running one stops at its next sampling step and its partial output is discarded. Canceling a canceled job is a no-op; a finished one is a 409.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{id:guid}", GetAsync).WithName("GetGeneration").WithSummary("A generation's status, recipe and clip");
        api.MapGet("/", ListAsync).WithName("ListGenerations").WithSummary("History, newest first, keyset-paged");
        return api;
    }

    private static async Task<Results<Created<GenerationResponse>, Ok<GenerationResponse>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        SubmitGenerationRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        GenerationRequestValidator validator,
        WorkerRegistry workers,
        GenerationSubmitter submitter,
        CancellationToken ct)
    {
        var errors = validator.Validate(request);
        if (errors.Count == 0 && await workers.WhyModelIsRefusedAsync(GenerationRequestValidator.ModelIdOf(request), ct) is { } refusal)
            errors["modelId"] = [refusal];
        if (idempotencyKey is { Length: 0 or > MaxIdempotencyKeyLength })
            errors["Idempotency-Key"] = [$"The Idempotency-Key header must be 1 to {MaxIdempotencyKeyLength} characters."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "The generation request is not valid.");

        return await submitter.SubmitAsync(request, idempotencyKey, ct) switch
        {
            SubmissionOutcome.Created created => TypedResults.Created($"/api/generations/{created.Generation.Id}", GenerationResponse.From(created.Generation)),
            SubmissionOutcome.AlreadySubmitted earlier => TypedResults.Ok(GenerationResponse.From(earlier.Generation)),
            SubmissionOutcome.KeyReusedWithDifferentRequest clash => TypedResults.Problem(
                title: "Idempotency-Key already used for a different request.",
                detail: $"Generation {clash.Existing.Id} was created with this key from a different request body. Use a new key for a new request.",
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["field"] = "Idempotency-Key", ["generationId"] = clash.Existing.Id }),
            var other => throw new InvalidOperationException($"Unhandled submission outcome {other}."),
        };
    }

    private static async Task<Results<Ok<GenerationResponse>, NotFound, ProblemHttpResult>> CancelAsync(Guid id, GenerationCanceler canceler, CancellationToken ct) =>
        await canceler.CancelAsync(id, ct) switch
        {
            CancellationOutcome.Canceled canceled => TypedResults.Ok(GenerationResponse.From(canceled.Generation)),
            CancellationOutcome.AlreadyFinished finished => TypedResults.Problem(
                title: "The generation has already finished.",
                detail: $"Generation {id} is {finished.Generation.Status}; only queued or running generations can be canceled.",
                statusCode: StatusCodes.Status409Conflict),
            _ => TypedResults.NotFound(),
        };

    private static async Task<Results<Ok<GenerationResponse>, NotFound>> GetAsync(Guid id, StudioDbContext db, CancellationToken ct)
    {
        var generation = await db.Generations.AsNoTracking().Include(g => g.Clip).SingleOrDefaultAsync(g => g.Id == id, ct);
        return generation is null ? TypedResults.NotFound() : TypedResults.Ok(GenerationResponse.From(generation));
    }

    private static async Task<Results<Ok<GenerationPage>, ValidationProblem>> ListAsync(
        StudioDbContext db, CancellationToken ct, string? cursor = null, int limit = DefaultPageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (limit is < 1 or > MaxPageSize)
            errors["limit"] = [$"limit must be between 1 and {MaxPageSize}."];
        HistoryCursor? after = null;
        if (cursor is not null && !HistoryCursor.TryDecode(cursor, out after))
            errors["cursor"] = ["cursor is not one this API handed out; pass nextCursor from the previous page."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var query = db.Generations.AsNoTracking().Include(g => g.Clip).AsQueryable();
        if (after is not null)
            query = query.Where(g => EF.Functions.LessThan(ValueTuple.Create(g.CreatedAt, g.Id), ValueTuple.Create(after.CreatedAt, after.Id)));
        var rows = await query.OrderByDescending(g => g.CreatedAt).ThenByDescending(g => g.Id).Take(limit + 1).ToListAsync(ct);

        var page = rows.Take(limit).Select(GenerationResponse.From).ToList();
        var next = rows.Count > limit ? new HistoryCursor(page[^1].CreatedAt, page[^1].Id).Encode() : null;
        return TypedResults.Ok(new GenerationPage(page, next));
    }
}
