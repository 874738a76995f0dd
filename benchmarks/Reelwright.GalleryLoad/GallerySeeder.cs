using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Data;
using Reelwright.Data.Generations;
using Reelwright.Data.Sharing;
using Reelwright.Testing;

namespace Reelwright.GalleryLoad;

/// <summary>
/// A gallery worth reading: creators signed up through the API, and published clips with likes written straight into
/// the database (the readers fetch pages, not media, so the clips' blobs need not exist).
/// </summary>
public static class GallerySeeder
{
    public const int Creators = 20;
    public const int ClipsPerCreator = 25;

    public static async Task<IReadOnlyList<Guid>> SeedAsync(StudioApiFactory api, Uri apiAddress)
    {
        using var http = new HttpClient { BaseAddress = apiAddress };
        var random = new Random(7);
        var creators = new List<(Guid UserId, Guid ProjectId, Guid TeamId)>();
        for (var i = 0; i < Creators; i++)
        {
            var account = await TestAccounts.SignUpAsync(http, $"Creator {i + 1}");
            using var signedIn = new HttpClient { BaseAddress = apiAddress }.SignedInAs(account);
            var me = (await signedIn.GetFromJsonAsync<MeProjects>("/api/me"))!;
            creators.Add((account.UserId, me.Projects[0].Id, me.Projects[0].TeamId));
        }

        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StudioDbContext>();
        var now = DateTimeOffset.UtcNow;
        var ids = new List<Guid>();
        foreach (var (userId, projectId, teamId) in creators)
        for (var c = 0; c < ClipsPerCreator; c++)
        {
            var made = now.AddMinutes(-random.Next(60 * 24 * 30));
            var generation = Published(userId, projectId, teamId, made, $"a {Pick(random, Colours)} {Pick(random, Shapes)} {Pick(random, Motions)}", random);
            db.Generations.Add(generation);
            ids.Add(generation.Id);
        }
        await db.SaveChangesAsync();

        // Likes from the creators themselves, skewed so "most liked this week" has a clear top.
        foreach (var id in ids)
        {
            var likers = creators.OrderBy(_ => random.Next()).Take(random.Next(Creators / (1 + random.Next(4)))).ToList();
            foreach (var (userId, _, _) in likers)
                db.Likes.Add(new Like { GenerationId = id, UserId = userId, CreatedAt = now.AddHours(-random.Next(24 * 14)) });
            await db.Generations.Where(g => g.Id == id).ExecuteUpdateAsync(s => s.SetProperty(g => g.LikeCount, likers.Count));
        }
        await db.SaveChangesAsync();
        return ids;
    }

    private static Generation Published(Guid userId, Guid projectId, Guid teamId, DateTimeOffset made, string prompt, Random random)
    {
        var id = Guid.CreateVersion7(made);
        return new Generation
        {
            Id = id, ProjectId = projectId, TeamId = teamId, AuthorId = userId, Visibility = Visibility.Public, ModelId = "minisora-shapes",
            Prompt = prompt, NegativePrompt = "", Seed = random.Next(), Steps = 20, Guidance = 2.5, TotalSteps = 20, CurrentStep = 20,
            Status = GenerationStatus.Succeeded, CreatedAt = made, StartedAt = made, CompletedAt = made.AddSeconds(3),
            PublishedAt = made.AddMinutes(5), Title = prompt, HideRecipe = random.Next(5) == 0,
            Clip = new Clip
            {
                GenerationId = id, Container = "clips", VideoBlob = $"{id}/clip.mp4", VideoBytes = 40_000, VideoSha256 = new string('a', 64),
                PosterBlob = $"{id}/poster.png", PosterBytes = 9_000, PreviewBlob = $"{id}/preview.gif", PreviewBytes = 60_000,
                DurationSeconds = 2, FrameCount = 16, Fps = 8, Width = 64, Height = 64, FramesSha256 = new string('b', 64),
                ModelSha256 = new string('c', 64), OnnxRuntimeVersion = "1.23.0", ExecutionProvider = "CPUExecutionProvider", Sampler = "rectified-flow-euler",
                InferenceMs = 2000, EncodeMs = 200, CreatedAt = made.AddSeconds(3),
            },
        };
    }

    private static readonly string[] Colours = ["red", "blue", "green", "yellow", "white", "purple"];
    private static readonly string[] Shapes = ["circle", "square", "triangle", "star", "hexagon"];
    private static readonly string[] Motions = ["rising", "falling", "drifting left", "spinning slowly", "bouncing"];

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];

    private sealed record MeProjects(List<MeProject> Projects);

    private sealed record MeProject(Guid Id, Guid TeamId);
}
