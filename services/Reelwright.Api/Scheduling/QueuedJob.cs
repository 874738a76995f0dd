using Reelwright.Data.Generations;

namespace Reelwright.Api.Scheduling;

/// <summary>A job waiting in the database, as much of it as the fair queue needs to place it.</summary>
public sealed record QueuedJob(Guid Id, Guid? AuthorId, Guid TeamId, string ModelId, JobPriority Priority, DateTimeOffset? MovedToFrontAt, DateTimeOffset CreatedAt);
