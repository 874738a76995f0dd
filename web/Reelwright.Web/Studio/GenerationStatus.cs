namespace Reelwright.Web.Studio;

public enum GenerationStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Canceled,
}
