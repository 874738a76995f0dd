namespace Reelwright.Data.Reviews;

public enum ReviewDecision
{
    Approved,
    ChangesRequested,
}
