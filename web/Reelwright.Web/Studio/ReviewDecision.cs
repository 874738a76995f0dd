namespace Reelwright.Web.Studio;

public enum ReviewDecision
{
    Approved,
    ChangesRequested,
}
