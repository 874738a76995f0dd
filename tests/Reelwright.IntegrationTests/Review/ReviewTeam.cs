using System.Net.Http.Json;
using Reelwright.Api.Generations;
using Reelwright.Data.Generations;
using Reelwright.IntegrationTests.Accounts;
using Reelwright.IntegrationTests.Generations;
using Reelwright.IntegrationTests.Teams;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.IntegrationTests.Review;

/// <summary>A team that reviews clips: its owner, an editor who makes them, two reviewers, a viewer, and an outsider.</summary>
public sealed class ReviewTeam : StudioFixture
{
    public Person Owner { get; private set; } = null!;
    public Person Editor { get; private set; } = null!;
    public Person ReviewerA { get; private set; } = null!;
    public Person ReviewerB { get; private set; } = null!;
    public Person Viewer { get; private set; } = null!;
    public Person Outsider { get; private set; } = null!;
    public Guid TeamId { get; private set; }
    public Guid ProjectId { get; private set; }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Owner = new Person(Client, Account);
        var (team, project) = await Owner.OwnSpaceAsync();
        (TeamId, ProjectId) = (team.Id, project.Id);
        Editor = await JoinedAsync("Editor");
        ReviewerA = await JoinedAsync("Reviewer", "Reviewer A");
        ReviewerB = await JoinedAsync("Reviewer", "Reviewer B");
        Viewer = await JoinedAsync("Viewer");
        var (outsider, account) = await Api.CreateSignedInClientAsync("Outsider");
        Outsider = new Person(outsider, account);
    }

    /// <summary>Makes a clip (one sampling step, so it is quick) and waits until it has finished.</summary>
    public async Task<GenerationResponse> MakeClipAsync(Person author, Guid? parent = null, long seed = 1, string prompt = "a red circle moving left")
    {
        using var response = await author.Client.PostAsJsonAsync("/api/generations",
            new { prompt, projectId = ProjectId, steps = 1, seed, parentGenerationId = parent }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var submitted = (await response.Content.ReadFromJsonAsync<GenerationResponse>(Json, TestContext.Current.CancellationToken))!;
        var done = await GenerationPolling.WaitUntilFinishedAsync(author.Client, submitted.Id);
        Assert.Equal(GenerationStatus.Succeeded, done.Status);
        return done;
    }

    private async Task<Person> JoinedAsync(string role, string? name = null)
    {
        var (client, account) = await Api.CreateSignedInClientAsync(name ?? role);
        var person = new Person(client, account);
        await person.JoinAsync(Owner, TeamId, role);
        return person;
    }
}
