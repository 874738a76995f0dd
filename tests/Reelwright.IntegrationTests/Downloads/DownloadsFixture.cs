using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Api.Generations;
using Reelwright.Data;
using Reelwright.Data.Generations;
using Reelwright.IntegrationTests.Generations;
using Xunit;

namespace Reelwright.IntegrationTests.Downloads;

/// <summary>
/// Two finished clips by the fixture's account, made once for the class: one its team sees, and one published to
/// everyone with its recipe hidden.
/// </summary>
public sealed class DownloadsFixture : StudioFixture, IAsyncLifetime
{
    public const string PublishedTitle = "Night drive";

    public GenerationResponse TeamClip { get; private set; } = null!;
    public GenerationResponse HiddenRecipeClip { get; private set; } = null!;

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        var submitted = await Task.WhenAll(
            SubmitAsync(new { prompt = "a \"green\" triangle spinning, café lights", negativePrompt = "blur", steps = 2, seed = 4242 }),
            SubmitAsync(new { prompt = "a secret orange moon rising", steps = 2, seed = 77 }));
        var finished = await Task.WhenAll(submitted.Select(g => WaitUntilFinishedAsync(g.Id)));
        Assert.All(finished, g => Assert.True(g.Status == GenerationStatus.Succeeded, $"{g.Prompt}: {g.Status} {g.FailureReason}"));
        TeamClip = finished[0];

        // Publishing has its own endpoint; here the clip is put into its published state directly.
        var hidden = finished[1].Id;
        await InDatabaseAsync(db => db.Generations.Where(g => g.Id == hidden).ExecuteUpdateAsync(set => set
            .SetProperty(g => g.PublishedAt, DateTimeOffset.UtcNow)
            .SetProperty(g => g.Title, PublishedTitle)
            .SetProperty(g => g.HideRecipe, true)
            .SetProperty(g => g.Visibility, Visibility.Public), TestContext.Current.CancellationToken));
        HiddenRecipeClip = await GetAsync(hidden);
    }

    public async Task<T> InDatabaseAsync<T>(Func<StudioDbContext, Task<T>> query)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<StudioDbContext>());
    }
}
