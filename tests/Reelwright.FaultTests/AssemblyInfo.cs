using Xunit;

// One outage at a time: two tests stopping the same service would each see the other's fault.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
