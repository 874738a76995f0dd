using Xunit;

// Every class runs real sampling on the same two cores; running them one at a time keeps each one's timing
// honest and the suite predictable on CI.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
