namespace Reelwright.Web.Studio;

/// <summary>Live changes to generations, pushed by the Studio API. Subscribers are called from a background thread.</summary>
public interface IGenerationUpdates
{
    event Func<GenerationView, Task>? Updated;

    /// <summary>The connection came back after a drop: updates may have been missed, so reload what is shown.</summary>
    event Func<Task>? Reconnected;
}
