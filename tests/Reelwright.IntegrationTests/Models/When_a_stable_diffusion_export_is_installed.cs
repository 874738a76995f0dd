using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Reelwright.Api.Models;
using Reelwright.Data.Generations;
using Reelwright.IntegrationTests.Generations;
using Reelwright.TestModels.StableDiffusion;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.IntegrationTests.Models;

/// <summary>
/// A user drops a Stable Diffusion-layout export into the models folder: the studio lists it, validates requests against
/// it, routes its jobs only to workers that loaded it, and turns a prompt into a latent-walk clip.
/// </summary>
public sealed class When_a_stable_diffusion_export_is_installed(When_a_stable_diffusion_export_is_installed.UserModelsStudio studio)
    : IClassFixture<When_a_stable_diffusion_export_is_installed.UserModelsStudio>
{
    private const string ModelId = "tiny-sd";

    [Fact]
    public async Task It_is_listed_beside_the_built_in_model_with_its_limits()
    {
        var models = await studio.Client.GetFromJsonAsync<List<ModelResponse>>("/api/models", StudioFixture.Json, TestContext.Current.CancellationToken);

        var model = Assert.Single(models!, m => m.Id == ModelId);
        Assert.Contains(models!, m => m.Id == "minisora-shapes");
        Assert.Equal("stable-diffusion", model.Pipeline);
        Assert.Null(model.Frames);
        Assert.Equal(["euler", "lcm"], model.Schedulers);
        Assert.Equal((2, 8, 24), (model.DefaultKeyframes!.Value, model.MaxKeyframes!.Value, model.MaxFramesBetween!.Value));
    }

    [Fact]
    public async Task A_prompt_becomes_a_latent_walk_clip()
    {
        var submitted = await studio.SubmitAsync(new
        {
            modelId = ModelId, prompt = "a red circle", endPrompt = "a blue square", seed = 5, steps = 2, guidance = 3,
            scheduler = "lcm", keyframes = 3, framesBetween = 1,
        });

        var done = await studio.WaitUntilFinishedAsync(submitted.Id);

        Assert.Equal(GenerationStatus.Succeeded, done.Status);
        Assert.Equal(("lcm", 3, 1, "a blue square"), (done.Scheduler, done.Keyframes!.Value, done.FramesBetween!.Value, done.EndPrompt));
        Assert.Equal((10, 10), (done.TotalSteps, done.CurrentStep));
        var clip = done.Clip!;
        Assert.Equal((5, 64, 64, 8), (clip.FrameCount, clip.Width, clip.Height, clip.Fps));
        Assert.Equal("lcm-cfg-latent-walk", clip.Reproducibility.Sampler);
        using var video = await studio.Client.GetAsync(clip.VideoUrl, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, video.StatusCode);
        Assert.Equal("video/mp4", video.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Omitted_walk_settings_take_the_manifests_defaults()
    {
        var submitted = await studio.SubmitAsync(new { modelId = ModelId, prompt = "a green cat" });

        Assert.Equal(("euler", 2, 2, 4), (submitted.Scheduler, submitted.Keyframes!.Value, submitted.FramesBetween!.Value, submitted.Steps));
        Assert.Equal(4 * 4, submitted.TotalSteps);
        Assert.Equal(GenerationStatus.Succeeded, (await studio.WaitUntilFinishedAsync(submitted.Id)).Status);
    }

    [Theory]
    [InlineData("""{ "modelId": "tiny-sd", "prompt": "a cat", "keyframes": 1 }""", "keyframes")]
    [InlineData("""{ "modelId": "tiny-sd", "prompt": "a cat", "framesBetween": 25 }""", "framesBetween")]
    [InlineData("""{ "modelId": "tiny-sd", "prompt": "a cat", "scheduler": "dpm++" }""", "scheduler")]
    [InlineData("""{ "modelId": "tiny-sd", "prompt": "a cat", "scheduler": "lcm", "steps": 50 }""", null)]
    [InlineData("""{ "modelId": "minisora-shapes", "prompt": "a red circle", "endPrompt": "a blue square" }""", "endPrompt")]
    [InlineData("""{ "modelId": "minisora-shapes", "prompt": "a red circle", "scheduler": "euler" }""", "scheduler")]
    public async Task Walk_settings_outside_the_model_are_refused_by_field(string body, string? field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await studio.Client.PostAsync("/api/generations", content, TestContext.Current.CancellationToken);

        if (field is null)
        {
            // 50 LCM steps is exactly the distillation schedule's length: the limit itself is allowed.
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return;
        }

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(TestContext.Current.CancellationToken);
        Assert.Equal([field], problem!.Errors.Keys);
    }

    [Fact]
    public async Task A_prompt_longer_than_75_clip_tokens_is_refused_before_it_is_silently_cut()
    {
        var prompt = string.Join(' ', Enumerable.Repeat("red", 76));

        using var response = await studio.PostGenerationAsync(new { modelId = ModelId, prompt });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(TestContext.Current.CancellationToken);
        Assert.Contains("75 tokens; this has 76", Assert.Single(problem!.Errors["prompt"]));
    }

    [Fact]
    public async Task Its_jobs_reach_only_workers_that_loaded_it()
    {
        // A second worker with only the built-in model shares the bus; on one shared queue it would take half the jobs and fail them.
        await using var builtInOnly = await StudioWorkerHost.StartAsync(studio.Resources, new Dictionary<string, string?>
        {
            ["Worker:Name"] = $"built-in-only-{studio.Resources.Name}",
            ["Models:UserDirectory"] = "",
        });

        var jobs = new List<Guid>();
        for (var i = 0; i < 4; i++)
            jobs.Add((await studio.SubmitAsync(new { modelId = ModelId, prompt = "a red circle", seed = i, steps = 1, keyframes = 2, framesBetween = 0 })).Id);

        foreach (var id in jobs)
        {
            var done = await studio.WaitUntilFinishedAsync(id);
            Assert.Equal(GenerationStatus.Succeeded, done.Status);
            Assert.Equal($"test-worker-{studio.Resources.Name}", done.WorkerName);
        }
    }

    public sealed class UserModelsStudio : StudioFixture
    {
        private readonly string _userModels = CreateUserModels();

        protected override IReadOnlyDictionary<string, string?> ApiSettings =>
            new Dictionary<string, string?> { ["Models:UserDirectory"] = _userModels };

        protected override IReadOnlyDictionary<string, string?> WorkerSettings =>
            new Dictionary<string, string?> { ["Models:UserDirectory"] = _userModels };

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Directory.Delete(_userModels, recursive: true);
        }

        private static string CreateUserModels()
        {
            var directory = Directory.CreateTempSubdirectory("reelwright-user-models-").FullName;
            TinyStableDiffusionExport.WriteTo(directory, ModelId);
            return directory;
        }
    }
}
