using System.Net;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Contracts;
using Reelwright.Data;
using Reelwright.Data.Generations;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.IntegrationTests.Generations;

/// <summary>A worker whose model file is not the one its manifest names: it must start, refuse that model, and say why, to the studio and to users.</summary>
public sealed class When_the_model_cannot_be_loaded(When_the_model_cannot_be_loaded.TamperedModelStudio studio)
    : IClassFixture<When_the_model_cannot_be_loaded.TamperedModelStudio>
{
    [Fact]
    public async Task The_worker_reports_it_unavailable_with_the_reason()
    {
        var worker = await studio.WaitForWorkerReportAsync();

        var model = Assert.Single(worker.Models);
        Assert.False(model.Available);
        Assert.Contains("sha256", model.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task New_jobs_for_it_are_refused_at_submit_with_the_reason()
    {
        await studio.WaitForWorkerReportAsync();

        using var response = await studio.PostGenerationAsync(new { prompt = "a red circle moving left", steps = 2 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(TestContext.Current.CancellationToken);
        Assert.Contains("sha256", Assert.Single(problem!.Errors["modelId"]), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_job_already_queued_for_it_waits_for_a_worker_that_can_run_it()
    {
        // Accepted before any report arrived (or by another API): a worker that cannot run the model must not take it.
        await studio.WaitForWorkerReportAsync();
        var id = Guid.CreateVersion7();
        await using (var scope = studio.Api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<StudioDbContext>();
            var project = await db.Projects.FirstAsync(p => db.TeamMembers.Any(m => m.TeamId == p.TeamId && m.UserId == studio.Account.UserId), TestContext.Current.CancellationToken);
            db.Generations.Add(new Generation
            {
                Id = id, ProjectId = project.Id, TeamId = project.TeamId, AuthorId = studio.Account.UserId, Visibility = Visibility.Team, ModelId = "minisora-shapes", Prompt = "a red circle moving left", NegativePrompt = "", Seed = 1, Steps = 2,
                TotalSteps = 2, Guidance = 1.5, Status = GenerationStatus.Queued, CreatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        var queueName = GenerateClip.QueueFor("minisora-shapes");
        var queue = await studio.Api.Services.GetRequiredService<IBus>().GetSendEndpoint(new Uri($"queue:{queueName}"));
        await queue.Send(new GenerateClip(id, "minisora-shapes", "a red circle moving left", "", 1, 2, 1.5, DateTimeOffset.UtcNow),
            TestContext.Current.CancellationToken);

        // The broker's statistics lag by seconds: wait until they show the job sitting there.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        RabbitMqManagementClient.QueueDepth? depth;
        while ((depth = await studio.Resources.GetQueueDepthAsync(queueName)) is not { Ready: 1 })
        {
            Assert.True(DateTime.UtcNow < deadline, $"the job is not waiting in {queueName}: {depth}");
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }

        Assert.Equal(0, depth.Consumers);
        Assert.Equal(GenerationStatus.Queued, (await studio.GetAsync(id)).Status);
    }

    public sealed class TamperedModelStudio : StudioFixture
    {
        private readonly string _models = CreateTamperedModels();

        protected override IReadOnlyDictionary<string, string?> WorkerSettings =>
            new Dictionary<string, string?> { ["Models:Directory"] = _models };

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Directory.Delete(_models, recursive: true);
        }

        /// <summary>The real manifest and vocabulary beside a model file with one byte changed.</summary>
        private static string CreateTamperedModels()
        {
            var source = Path.Combine(AppContext.BaseDirectory, "models", "minisora-shapes");
            var target = Directory.CreateTempSubdirectory("reelwright-tampered-").FullName;
            var model = Path.Combine(target, "minisora-shapes");
            Directory.CreateDirectory(model);
            foreach (var file in new[] { "manifest.json", "vocab.json", "model.onnx" })
                File.Copy(Path.Combine(source, file), Path.Combine(model, file));
            using (var onnx = File.Open(Path.Combine(model, "model.onnx"), FileMode.Open))
            {
                onnx.Seek(-1, SeekOrigin.End);
                var last = onnx.ReadByte();
                onnx.Seek(-1, SeekOrigin.End);
                onnx.WriteByte((byte)(last ^ 0xFF));
            }
            return target;
        }
    }
}
