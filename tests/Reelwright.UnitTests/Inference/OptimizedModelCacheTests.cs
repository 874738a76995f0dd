using Microsoft.Extensions.Logging;
using Reelwright.Inference;
using Reelwright.Models;
using Reelwright.UnitTests.Models;
using Xunit;

namespace Reelwright.UnitTests.Inference;

/// <summary>The optimised graph cached on disk saves start-up time and changes nothing else, down to the last bit of the frames.</summary>
[Collection(MiniSoraShapesCollection.Name)]
public sealed class OptimizedModelCacheTests(MiniSoraShapesModel model) : IDisposable
{
    // Two steps keep the cheaper checks quick; the first test samples the card's whole reference recipe.
    private static readonly ClipRecipe ShortRecipe = new("a green triangle rising quickly on a white background", "", Seed: 77, Steps: 2, Guidance: 1.5);

    private readonly string _cacheDirectory = Path.Combine(Path.GetTempPath(), $"reelwright-cache-tests-{Guid.NewGuid():N}");

    [Fact]
    public async Task The_first_load_writes_the_cache_and_the_second_loads_it_with_the_same_frames()
    {
        var recipe = new ClipRecipe(
            MiniSoraShapesFiles.Reference.GetProperty("prompt").GetString()!,
            MiniSoraShapesFiles.Reference.GetProperty("negative").GetString()!,
            Seed: 0,
            MiniSoraShapesFiles.Reference.GetProperty("steps").GetInt32(),
            MiniSoraShapesFiles.Reference.GetProperty("guidance").GetSingle());
        var noise = ReferenceVectors.ReadFloats("noise.f32");
        var cachedPath = Path.Combine(_cacheDirectory, $"{model.Manifest.MiniSora!.Sha256}-cpu-{OnnxRuntimeBuild.Version}-");

        GeneratedClip fromOptimizedModel;
        using (var first = CreateGenerator())
        {
            Assert.Equal(OptimizedGraphSource.OptimizedAtLoadAndCached, first.OptimizedGraph);
            fromOptimizedModel = await first.GenerateFromNoiseAsync(recipe, noise, cancellationToken: TestContext.Current.CancellationToken);
        }

        var cachedFile = Assert.Single(Directory.GetFiles(_cacheDirectory));
        Assert.StartsWith(cachedPath, cachedFile);
        var written = File.GetLastWriteTimeUtc(cachedFile);

        using var second = CreateGenerator();
        var fromCache = await second.GenerateFromNoiseAsync(recipe, noise, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(OptimizedGraphSource.LoadedFromCache, second.OptimizedGraph);
        Assert.Equal(written, File.GetLastWriteTimeUtc(cachedFile));
        Assert.Equal(fromOptimizedModel.FramesSha256, fromCache.FramesSha256);
        Assert.InRange(ReferenceVectors.MaxPixelDifferenceFromFinalPng(fromCache.Clip), 0, 1);
    }

    [Fact]
    public async Task A_generator_without_the_cache_writes_nothing_and_makes_the_same_frames()
    {
        using var cached = CreateGenerator();
        using var uncached = CreateGenerator(new MiniSoraClipGeneratorOptions { CacheOptimizedModel = false, OptimizedModelCacheDirectory = _cacheDirectory + "-unused" });

        var withCache = await cached.GenerateAsync(ShortRecipe, cancellationToken: TestContext.Current.CancellationToken);
        var withoutCache = await uncached.GenerateAsync(ShortRecipe, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(OptimizedGraphSource.OptimizedAtLoad, uncached.OptimizedGraph);
        Assert.False(Directory.Exists(_cacheDirectory + "-unused"));
        Assert.Equal(withCache.FramesSha256, withoutCache.FramesSha256);
    }

    [Fact]
    public async Task A_cache_folder_that_cannot_be_written_is_logged_and_the_model_still_loads()
    {
        // A file where the folder should be fails for root too, unlike a read-only folder.
        File.WriteAllText(_cacheDirectory, "not a folder");
        var logger = new RecordingLogger<MiniSoraClipGenerator>();

        using var generator = CreateGenerator(logger: logger);
        var clip = await generator.GenerateAsync(ShortRecipe, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(OptimizedGraphSource.OptimizedAtLoad, generator.OptimizedGraph);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("Cannot write the optimised model cache") && e.Message.Contains(_cacheDirectory));
        Assert.Equal((await model.Generator.GenerateAsync(ShortRecipe, cancellationToken: TestContext.Current.CancellationToken)).FramesSha256, clip.FramesSha256);
    }

    [Fact]
    public async Task A_damaged_cache_file_is_replaced_by_a_fresh_one()
    {
        using (CreateGenerator())
        {
        }

        var cachedFile = Assert.Single(Directory.GetFiles(_cacheDirectory));
        File.WriteAllBytes(cachedFile, [1, 2, 3]);
        var logger = new RecordingLogger<MiniSoraClipGenerator>();

        using var generator = CreateGenerator(logger: logger);
        var clip = await generator.GenerateAsync(ShortRecipe, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(OptimizedGraphSource.OptimizedAtLoadAndCached, generator.OptimizedGraph);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("cannot be loaded"));
        Assert.True(new FileInfo(cachedFile).Length > 1_000_000);
        Assert.Equal((await model.Generator.GenerateAsync(ShortRecipe, cancellationToken: TestContext.Current.CancellationToken)).FramesSha256, clip.FramesSha256);
    }

    public void Dispose()
    {
        if (Directory.Exists(_cacheDirectory))
            Directory.Delete(_cacheDirectory, recursive: true);
        else
            File.Delete(_cacheDirectory);
    }

    private MiniSoraClipGenerator CreateGenerator(MiniSoraClipGeneratorOptions? options = null, ILogger<MiniSoraClipGenerator>? logger = null) =>
        new(model.Manifest, model.ExecutionProvider, logger,
            options ?? new MiniSoraClipGeneratorOptions { OptimizedModelCacheDirectory = _cacheDirectory });
}
