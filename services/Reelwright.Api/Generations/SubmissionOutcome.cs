using Reelwright.Data.Generations;

namespace Reelwright.Api.Generations;

/// <summary>What became of a POST: a new generation, the one an earlier request with the same key made, or a clash.</summary>
public abstract record SubmissionOutcome
{
    public sealed record Created(Generation Generation) : SubmissionOutcome;

    public sealed record AlreadySubmitted(Generation Generation) : SubmissionOutcome;

    public sealed record KeyReusedWithDifferentRequest(Generation Existing) : SubmissionOutcome;
}
