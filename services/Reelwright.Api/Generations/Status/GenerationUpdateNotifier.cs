using Microsoft.AspNetCore.SignalR;
using Reelwright.Api.Media;
using Reelwright.Data.Generations;

namespace Reelwright.Api.Generations.Status;

/// <summary>
/// Pushes each recorded change to the people who may see it: its author always, its team's members unless it is
/// private (connections join those groups in <see cref="GenerationsHub"/>). With several API instances a SignalR
/// backplane is needed, since a change is recorded by whichever instance consumed the event.
/// </summary>
public sealed class GenerationUpdateNotifier(IHubContext<GenerationsHub> hub, MediaUrlSigner signer)
{
    public const string UpdatedMethod = "GenerationUpdated";

    /// <param name="generation">Loaded with its Clip and Author.</param>
    public Task PublishAsync(Generation generation, CancellationToken ct)
    {
        var groups = new List<string>();
        if (generation.AuthorId is { } authorId)
            groups.Add(GenerationsHub.UserGroup(authorId));
        if (generation.Visibility != Visibility.Private)
            groups.Add(GenerationsHub.TeamGroup(generation.TeamId));
        return hub.Clients.Groups(groups).SendAsync(UpdatedMethod, GenerationResponse.From(generation, signer), ct);
    }
}
