using Reelwright.Web.Studio;

namespace Reelwright.ComponentTests.Fakes;

/// <summary>Stands in for the SignalR listener: a test pushes an update or a reconnect and every open workspace hears it.</summary>
public sealed class FakeGenerationUpdates : IGenerationUpdates
{
    public event Func<GenerationView, Task>? Updated;

    public event Func<Task>? Reconnected;

    public int Listeners => Updated?.GetInvocationList().Length ?? 0;

    public async Task PushAsync(GenerationView generation)
    {
        foreach (var handler in Updated?.GetInvocationList().Cast<Func<GenerationView, Task>>() ?? [])
            await handler(generation);
    }

    public async Task ReconnectAsync()
    {
        foreach (var handler in Reconnected?.GetInvocationList().Cast<Func<Task>>() ?? [])
            await handler();
    }
}
