using Reelwright.Data.Generations;

namespace Reelwright.Api.Scheduling;

/// <summary>
/// The order waiting jobs are released in. Jobs an administrator moved to the front go first; then interactive jobs
/// before batch jobs; within a class, weighted fair queuing by least recent service: the team that has had the fewest
/// clips released lately for its weight goes next, and within it the person who has had the fewest, with their
/// oldest job. Each release counts as service, so a 300-clip sweep alternates with a newcomer's single clip instead of
/// keeping them waiting, and teams share the workers in proportion to their weights.
/// </summary>
public static class FairQueue
{
    /// <param name="recentByUser">Clips released lately per person (the service they have had); absent means none.</param>
    /// <param name="recentByTeam">The same per team.</param>
    /// <param name="weightOf">A team's scheduling weight (positive).</param>
    public static IEnumerable<QueuedJob> Order(
        IReadOnlyCollection<QueuedJob> jobs,
        IReadOnlyDictionary<Guid, int> recentByUser,
        IReadOnlyDictionary<Guid, int> recentByTeam,
        Func<Guid, double> weightOf)
    {
        foreach (var moved in jobs.Where(j => j.MovedToFrontAt is not null).OrderBy(j => j.MovedToFrontAt).ThenBy(j => j.CreatedAt))
            yield return moved;

        var userService = new Dictionary<Guid, int>(recentByUser);
        var teamService = new Dictionary<Guid, int>(recentByTeam);
        foreach (var priority in new[] { JobPriority.Interactive, JobPriority.Batch })
        {
            // Per team, per person, their jobs oldest first: a person's own jobs always keep their order.
            var waiting = jobs.Where(j => j.MovedToFrontAt is null && j.Priority == priority)
                .GroupBy(j => j.TeamId)
                .ToDictionary(team => team.Key, team => team.GroupBy(j => j.AuthorId ?? Guid.Empty)
                    .ToDictionary(person => person.Key, person => new Queue<QueuedJob>(person.OrderBy(j => j.CreatedAt).ThenBy(j => j.Id))));

            while (waiting.Count > 0)
            {
                var teamId = waiting.Keys.MinBy(team => (teamService.GetValueOrDefault(team) / weightOf(team), OldestOf(waiting[team])));
                var people = waiting[teamId];
                var personId = people.Keys.MinBy(person => (userService.GetValueOrDefault(person), people[person].Peek().CreatedAt));
                var job = people[personId].Dequeue();
                yield return job;

                teamService[teamId] = teamService.GetValueOrDefault(teamId) + 1;
                userService[personId] = userService.GetValueOrDefault(personId) + 1;
                if (people[personId].Count == 0)
                    people.Remove(personId);
                if (people.Count == 0)
                    waiting.Remove(teamId);
            }
        }
    }

    // Ties between equally served teams go to the one whose oldest job has waited longest.
    private static DateTimeOffset OldestOf(Dictionary<Guid, Queue<QueuedJob>> people) => people.Values.Min(q => q.Peek().CreatedAt);
}
