namespace Reelwright.Data.Generations;

/// <summary>Which class a job waits in: interactive jobs (one clip someone is waiting for) go before batch jobs (sweeps).</summary>
public enum JobPriority
{
    Interactive,
    Batch,
}
