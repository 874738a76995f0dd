using System.Diagnostics;
using Reelwright.Inference;
using Reelwright.Models;
using Reelwright.UnitTests.Models;
using Xunit;

namespace Reelwright.UnitTests.Inference;

/// <summary>Our ONNX Runtime wiring, sampler and pixel conversion against the vectors published with the model card.</summary>
[Collection(MiniSoraShapesCollection.Name)]
public sealed class MiniSoraShapesReferenceTests(MiniSoraShapesModel model, ITestOutputHelper output)
{
    private static readonly string Prompt = MiniSoraShapesFiles.Reference.GetProperty("prompt").GetString()!;
    private static readonly string Negative = MiniSoraShapesFiles.Reference.GetProperty("negative").GetString()!;
    private static readonly int Steps = MiniSoraShapesFiles.Reference.GetProperty("steps").GetInt32();
    private static readonly float Guidance = MiniSoraShapesFiles.Reference.GetProperty("guidance").GetSingle();

    [Fact]
    public void The_reference_prompts_tokens_are_the_ones_the_vectors_were_made_with()
    {
        Assert.Equal(MiniSoraShapesFiles.Ids(MiniSoraShapesFiles.Reference.GetProperty("tokens_prompt")), model.Tokenizer.Encode(Prompt));
        Assert.Equal(MiniSoraShapesFiles.Ids(MiniSoraShapesFiles.Reference.GetProperty("tokens_negative")), model.Tokenizer.Encode(Negative));
    }

    [Fact]
    public void The_first_conditional_prediction_matches_the_cards_step0_vector()
    {
        var noise = ReferenceVectors.ReadFloats("noise.f32");
        var denoisedPrompt = new float[noise.Length];
        var denoisedNegative = new float[noise.Length];

        model.Denoiser.Denoise(noise, 1f, model.Tokenizer.Encode(Prompt), model.Tokenizer.Encode(Negative), denoisedPrompt, denoisedNegative);

        var difference = ReferenceVectors.MaxAbsDifference(ReferenceVectors.ReadFloats("step0_denoised_cond.f32"), denoisedPrompt);
        output.WriteLine($"step 0 max |difference| = {difference:E3}");
        Assert.InRange(difference, 0, 1e-3);
    }

    [Fact]
    public void Sampling_the_cards_noise_gives_the_cards_final_clip()
    {
        var clip = ReferenceVectors.ReadFloats("noise.f32");
        var sampling = Stopwatch.StartNew();

        new ClipSampler(model.Denoiser).Sample(clip, model.Tokenizer.Encode(Prompt), model.Tokenizer.Encode(Negative), Steps, Guidance, null, TestContext.Current.CancellationToken);

        var difference = ReferenceVectors.MaxAbsDifference(ReferenceVectors.ReadFloats("final.f32"), clip);
        output.WriteLine($"final max |difference| = {difference:E3} after {sampling.ElapsedMilliseconds} ms");
        Assert.InRange(difference, 0, 5e-3);
    }

    [Fact]
    public async Task The_generator_turns_the_cards_noise_into_the_cards_final_png()
    {
        var recipe = new ClipRecipe(Prompt, Negative, Seed: 0, Steps, Guidance);
        var reports = new List<SamplingProgress>();

        var generated = await model.Generator.GenerateFromNoiseAsync(
            recipe, ReferenceVectors.ReadFloats("noise.f32"), new SynchronousProgress<SamplingProgress>(reports.Add), TestContext.Current.CancellationToken);

        var (strip, width, _) = ReferenceVectors.ReadPngRgb("final.png");
        var largest = 0;
        for (var frame = 0; frame < 16; frame++)
        for (var row = 0; row < 64; row++)
        for (var column = 0; column < 64 * 3; column++)
        {
            var expected = strip[row * width * 3 + frame * 64 * 3 + column];
            var actual = generated.Clip.Pixels[frame * 64 * 64 * 3 + row * 64 * 3 + column];
            largest = Math.Max(largest, Math.Abs(expected - actual));
        }

        output.WriteLine($"final.png max |pixel difference| = {largest}, sampling took {generated.InferenceMs} ms");
        // 5e-3 of float tolerance is 0.64 of a pixel level: a value near a rounding edge may land one level off.
        Assert.InRange(largest, 0, 1);
        Assert.Equal(Steps, reports.Count);
        Assert.Equal(new SamplingProgress(Steps, Steps), reports[^1]);
    }
}
