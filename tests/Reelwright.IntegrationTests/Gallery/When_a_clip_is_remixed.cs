using System.Net;
using System.Net.Http.Json;
using Reelwright.Api.Gallery;
using Reelwright.Api.Generations;
using Reelwright.Data.Generations;
using Reelwright.IntegrationTests.Accounts;
using Reelwright.IntegrationTests.Generations;
using Reelwright.IntegrationTests.Teams;
using Xunit;

namespace Reelwright.IntegrationTests.Gallery;

public sealed class When_a_clip_is_remixed(GalleryStudio studio) : IClassFixture<GalleryStudio>
{
    [Fact]
    public async Task The_remix_and_its_original_credit_each_other()
    {
        var original = (await studio.FinishedClipsAsync("a red circle drifting left"))[0];
        await studio.PublishAsync(original.Id, "Drift");
        var remixer = await studio.SignUpAsync("Remixer");
        var (_, project) = await remixer.OwnSpaceAsync();

        using var submitted = await remixer.Client.PostAsJsonAsync("/api/generations",
            new { prompt = "a blue circle drifting left", steps = 1, projectId = project.Id, remixOfId = original.Id }, TestContext.Current.CancellationToken);

        var remix = await submitted.OkAsync<GenerationResponse>(HttpStatusCode.Created);
        Assert.Equal(original.Id, remix.RemixOfId);
        Assert.Equal(GenerationStatus.Succeeded, (await GenerationPolling.WaitUntilFinishedAsync(remixer.Client, remix.Id)).Status);
        using var visitor = studio.Anonymous();
        Assert.Equal(0, (await GalleryStudio.GalleryClipAsync(visitor, original.Id)).RemixCount);
        using (var publish = await studio.PostPublishAsync(remix.Id, "Blue drift", by: remixer.Client))
            await publish.OkAsync<GalleryClipResponse>();

        var seenOriginal = await GalleryStudio.GalleryClipAsync(visitor, original.Id);
        var seenRemix = await GalleryStudio.GalleryClipAsync(visitor, remix.Id);
        Assert.Equal(1, seenOriginal.RemixCount);
        var listed = Assert.Single(seenOriginal.Remixes);
        Assert.Equal((remix.Id, "Blue drift", "Remixer"), (listed.Id, listed.Title, listed.AuthorName));
        Assert.Equal((original.Id, "Drift"), (seenRemix.RemixOf?.Id, seenRemix.RemixOf?.Title));
    }

    [Fact]
    public async Task A_hidden_recipe_an_unpublished_clip_or_an_unknown_one_cannot_be_remixed()
    {
        var clips = await studio.FinishedClipsAsync("a white square drifting up", "a blue cross drifting up");
        var (hidden, unpublished) = (clips[0], clips[1]);
        await studio.PublishAsync(hidden.Id, "Secret drift", hideRecipe: true);

        foreach (var remixOfId in new[] { hidden.Id, unpublished.Id, Guid.NewGuid() })
        {
            using var refused = await studio.PostGenerationAsync(new { prompt = "a red square drifting up", steps = 1, remixOfId });
            await refused.ValidationProblemAsync("remixOfId");
        }
    }
}
