using Microsoft.AspNetCore.SignalR;

namespace Reelwright.Api.Generations.Status;

/// <summary>
/// Live generation updates for browsers and the web app. Clients only listen; the server pushes
/// <see cref="GenerationUpdateNotifier.UpdatedMethod"/> with a <see cref="GenerationResponse"/> on every change.
/// </summary>
public sealed class GenerationsHub : Hub
{
    public const string Path = "/hubs/generations";
}
