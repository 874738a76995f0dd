using System.Net.Http.Json;
using System.Text.Json;
using Reelwright.Api.Generations;
using Reelwright.Data.Generations;
using Reelwright.IntegrationTests.Accounts;
using Reelwright.IntegrationTests.Generations;
using Reelwright.IntegrationTests.Teams;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.IntegrationTests.Access;

/// <summary>
/// One team with a member in every role, someone from outside it, and a visitor with no account; the editor has made
/// a team clip and a private one, the owner a public one. Every clip has finished, so its media exists.
/// </summary>
public sealed class TeamOfFive : StudioFixture
{
    public IReadOnlyDictionary<string, HttpClient> As { get; private set; } = null!;
    public IReadOnlyDictionary<string, Guid> UserIds { get; private set; } = null!;
    public Guid TeamId { get; private set; }
    public Guid ProjectId { get; private set; }
    public GenerationResponse TeamClip { get; private set; } = null!;
    public GenerationResponse PrivateClip { get; private set; } = null!;
    public GenerationResponse PublicClip { get; private set; } = null!;

    public static readonly string[] Roles = ["owner", "editor", "reviewer", "viewer", "outsider", "anonymous"];

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        using var me = JsonDocument.Parse(await Client.GetStringAsync("/api/me", TestContext.Current.CancellationToken));
        var project = me.RootElement.GetProperty("projects")[0];
        ProjectId = project.GetProperty("id").GetGuid();
        TeamId = project.GetProperty("teamId").GetGuid();

        var clients = new Dictionary<string, HttpClient> { ["owner"] = Client, ["anonymous"] = Api.CreateClient() };
        var ids = new Dictionary<string, Guid> { ["owner"] = Account.UserId };
        foreach (var role in new[] { "editor", "reviewer", "viewer", "outsider" })
        {
            var (client, account) = await Api.CreateSignedInClientAsync(role);
            clients[role] = client;
            ids[role] = account.UserId;
            if (role != "outsider")
                await new Person(client, account).JoinAsync(new Person(Client, Account), TeamId, Capitalised(role));
        }

        As = clients;
        UserIds = ids;
        TeamClip = await MakeClipAsync(clients["editor"], "Team");
        PrivateClip = await MakeClipAsync(clients["editor"], "Private");
        PublicClip = await MakeClipAsync(Client, "Public");
    }

    private async Task<GenerationResponse> MakeClipAsync(HttpClient author, string visibility)
    {
        using var response = await author.PostAsJsonAsync("/api/generations",
            new { prompt = $"a {visibility.ToLowerInvariant()} red circle", projectId = ProjectId, visibility, steps = 1 }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var submitted = (await response.Content.ReadFromJsonAsync<GenerationResponse>(Json, TestContext.Current.CancellationToken))!;
        var done = await GenerationPolling.WaitUntilFinishedAsync(author, submitted.Id);
        Assert.Equal(GenerationStatus.Succeeded, done.Status);
        return done;
    }

    private static string Capitalised(string role) => char.ToUpperInvariant(role[0]) + role[1..];
}
