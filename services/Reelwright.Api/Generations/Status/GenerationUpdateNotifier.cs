using Microsoft.AspNetCore.SignalR;

namespace Reelwright.Api.Generations.Status;

/// <summary>
/// Pushes each recorded change to connected clients. With several API instances a SignalR backplane is needed,
/// since a change is recorded by whichever instance consumed the event.
/// </summary>
public sealed class GenerationUpdateNotifier(IHubContext<GenerationsHub> hub)
{
    public const string UpdatedMethod = "GenerationUpdated";

    public Task PublishAsync(GenerationResponse generation, CancellationToken ct) =>
        hub.Clients.All.SendAsync(UpdatedMethod, generation, ct);
}
