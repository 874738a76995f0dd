using Reelwright.Data.Generations;
using Xunit;

namespace Reelwright.IntegrationTests.Generations;

/// <summary>A worker whose model file is not the one its manifest names: it must start, refuse that model, and say why.</summary>
public sealed class When_the_model_cannot_be_loaded(When_the_model_cannot_be_loaded.TamperedModelStudio studio)
    : IClassFixture<When_the_model_cannot_be_loaded.TamperedModelStudio>
{
    [Fact]
    public async Task Its_jobs_fail_with_the_reason_instead_of_the_worker_crashing()
    {
        var submitted = await studio.SubmitAsync(new { prompt = "a red circle moving left", steps = 2 });

        var done = await studio.WaitUntilFinishedAsync(submitted.Id);

        Assert.Equal(GenerationStatus.Failed, done.Status);
        Assert.Contains("could not be loaded", done.FailureReason);
        Assert.Contains("sha256", done.FailureReason, StringComparison.OrdinalIgnoreCase);
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
