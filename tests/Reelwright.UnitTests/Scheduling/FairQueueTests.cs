using Reelwright.Api.Scheduling;
using Reelwright.Data.Generations;
using Xunit;

namespace Reelwright.UnitTests.Scheduling;

public sealed class FairQueueTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid TeamOne = Guid.NewGuid();
    private static readonly Guid TeamTwo = Guid.NewGuid();
    private static readonly Guid A = Guid.NewGuid();
    private static readonly Guid B = Guid.NewGuid();
    private static readonly Guid C = Guid.NewGuid();
    private static readonly Guid D = Guid.NewGuid();
    private static readonly Guid E = Guid.NewGuid();
    private static int _clock;

    [Fact]
    public void A_big_batch_queued_first_does_not_keep_late_single_jobs_waiting()
    {
        var jobs = Jobs(A, 200).Concat(Jobs(B, 5)).Concat(Jobs(C, 5)).Concat(Jobs(D, 5)).Concat(Jobs(E, 5)).ToList();

        var order = Order(jobs);

        // Everyone gets their first clip within the first five releases, however long A's queue.
        Assert.Equal(new HashSet<Guid> { A, B, C, D, E }, order.Take(5).Select(j => j.AuthorId!.Value).ToHashSet());
        // And their five are all out within the first 25, alternating with A's.
        Assert.All(new[] { B, C, D, E }, user => Assert.True(order.FindLastIndex(j => j.AuthorId == user) < 25));
        Assert.Equal(jobs.Count, order.Count);
    }

    [Fact]
    public void A_persons_own_jobs_keep_the_order_they_were_submitted_in()
    {
        var jobs = Jobs(A, 10).Concat(Jobs(B, 10)).ToList();

        var order = Order(jobs);

        Assert.Equal(jobs.Where(j => j.AuthorId == A).Select(j => j.Id), order.Where(j => j.AuthorId == A).Select(j => j.Id));
        Assert.Equal(jobs.Where(j => j.AuthorId == B).Select(j => j.Id), order.Where(j => j.AuthorId == B).Select(j => j.Id));
    }

    [Fact]
    public void Someone_served_a_lot_lately_waits_behind_someone_who_was_not()
    {
        var jobs = Jobs(A, 3).Concat(Jobs(B, 3)).ToList();

        var order = FairQueue.Order(jobs, new Dictionary<Guid, int> { [A] = 50 }, new Dictionary<Guid, int>(), _ => 1).ToList();

        Assert.Equal([B, B, B, A, A, A], order.Select(j => j.AuthorId!.Value));
    }

    [Fact]
    public void Interactive_jobs_go_before_batch_jobs_whoever_waited_longer()
    {
        var sweep = Jobs(A, 4, JobPriority.Batch).ToList();
        var single = Jobs(B, 1).ToList();

        var order = Order([.. sweep, .. single]);

        Assert.Equal(single[0].Id, order[0].Id);
    }

    [Fact]
    public void Teams_share_in_proportion_to_their_weights()
    {
        var jobs = Jobs(A, 30, team: TeamOne).Concat(Jobs(B, 30, team: TeamTwo)).ToList();

        var order = FairQueue.Order(jobs, new Dictionary<Guid, int>(), new Dictionary<Guid, int>(), team => team == TeamOne ? 2 : 1).Take(30).ToList();

        Assert.Equal(20, order.Count(j => j.TeamId == TeamOne));
        Assert.Equal(10, order.Count(j => j.TeamId == TeamTwo));
    }

    [Fact]
    public void A_job_moved_to_the_front_goes_first_even_from_a_batch()
    {
        var jobs = Jobs(A, 5).Concat(Jobs(B, 5, JobPriority.Batch)).ToList();
        var moved = jobs[^1] with { MovedToFrontAt = Start.AddHours(1) };

        var order = Order([.. jobs[..^1], moved]);

        Assert.Equal(moved.Id, order[0].Id);
    }

    private static List<QueuedJob> Order(IReadOnlyCollection<QueuedJob> jobs) =>
        [.. FairQueue.Order(jobs, new Dictionary<Guid, int>(), new Dictionary<Guid, int>(), _ => 1)];

    private static IEnumerable<QueuedJob> Jobs(Guid user, int count, JobPriority priority = JobPriority.Interactive, Guid? team = null) =>
        Enumerable.Range(0, count).Select(_ =>
            new QueuedJob(Guid.NewGuid(), user, team ?? TeamOne, "minisora-shapes", priority, null, Start.AddSeconds(Interlocked.Increment(ref _clock))));
}
