using System.Text.Json;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Reelwright.Inference;
using Reelwright.TestModels.Onnx;
using Reelwright.TestModels.StableDiffusion;
using Xunit;
using static Reelwright.UnitTests.TestModels.TinyModelRun;

namespace Reelwright.UnitTests.TestModels;

public sealed class TinyStableDiffusionExportTests : IDisposable
{
    private const int Batch = 2;
    private readonly string _modelsDirectory = Directory.CreateTempSubdirectory("reelwright-tiny-sd-").FullName;

    [Fact]
    public void The_export_has_the_folder_layout_of_a_diffusers_onnx_export()
    {
        var folder = TinyStableDiffusionExport.WriteTo(_modelsDirectory, "tiny-sd");

        Assert.Equal(Path.Combine(_modelsDirectory, "tiny-sd"), folder);
        foreach (var file in (string[])["manifest.json", "text_encoder/model.onnx", "unet/model.onnx", "vae_decoder/model.onnx",
                     "tokenizer/vocab.json", "tokenizer/merges.txt", "tokenizer/special_tokens_map.json"])
            Assert.True(File.Exists(Path.Combine(folder, file)), $"{file} is missing");
    }

    [Fact]
    public void The_text_encoder_turns_int32_token_ids_into_hidden_states_and_a_pooled_vector()
    {
        using var session = Load(TinyStableDiffusionExport.WriteTo(_modelsDirectory, "tiny-sd"), "text_encoder");

        AssertTensor(session.InputMetadata, "input_ids", TensorElementType.Int32, [-1, 77]);
        Assert.Equal("batch", session.InputMetadata["input_ids"].SymbolicDimensions[0]);
        AssertTensor(session.OutputMetadata, "last_hidden_state", TensorElementType.Float, [-1, 77, 8]);
        AssertTensor(session.OutputMetadata, "pooler_output", TensorElementType.Float, [-1, 8]);

        var outputs = Run(session, Tensor("input_ids", TokenIds<int>(id => id), Batch, 77));

        Assert.Equal([Batch, 77, 8], outputs[0].Shape);
        Assert.Equal([Batch, 8], outputs[1].Shape);
        Assert.NotEqual(outputs[0].Values[..(77 * 8)], outputs[0].Values[(77 * 8)..]);
    }

    [Fact]
    public void The_text_encoder_can_take_int64_token_ids_as_some_exports_do()
    {
        var options = new TinyStableDiffusionOptions { InputIdsElementType = OnnxElementType.Int64, Hidden = 16 };
        using var session = Load(TinyStableDiffusionExport.WriteTo(_modelsDirectory, "tiny-sd", options), "text_encoder");

        AssertTensor(session.InputMetadata, "input_ids", TensorElementType.Int64, [-1, 77]);

        var outputs = Run(session, Tensor("input_ids", TokenIds<long>(id => id), Batch, 77));

        Assert.Equal([Batch, 77, 16], outputs[0].Shape);
    }

    [Fact]
    public void The_unet_predicts_noise_the_shape_of_its_sample()
    {
        using var session = Load(TinyStableDiffusionExport.WriteTo(_modelsDirectory, "tiny-sd"), "unet");

        AssertTensor(session.InputMetadata, "sample", TensorElementType.Float, [-1, 4, 8, 8]);
        AssertTensor(session.InputMetadata, "timestep", TensorElementType.Int64, [-1]);
        AssertTensor(session.InputMetadata, "encoder_hidden_states", TensorElementType.Float, [-1, 77, 8]);
        AssertTensor(session.OutputMetadata, "out_sample", TensorElementType.Float, [-1, 4, 8, 8]);

        var output = RunUnet(session, Latents(8, 8), TextStates(8, offset: 0));

        Assert.Equal([Batch, 4, 8, 8], output.Shape);
        Assert.All(output.Values, value => Assert.InRange(value, -5f, 5f));
    }

    [Fact]
    public void The_unet_prediction_follows_the_text_the_sample_and_the_timestep()
    {
        using var session = Load(TinyStableDiffusionExport.WriteTo(_modelsDirectory, "tiny-sd"), "unet");
        var baseline = RunUnet(session, Latents(8, 8), TextStates(8, offset: 0));

        var otherText = RunUnet(session, Latents(8, 8), TextStates(8, offset: 1));
        var otherSample = RunUnet(session, Latents(8, 8, seed: 2), TextStates(8, offset: 0));
        var otherTimestep = RunUnet(session, Latents(8, 8), TextStates(8, offset: 0), timestep: 10);

        Assert.NotEqual(baseline.Values, otherText.Values);
        Assert.NotEqual(baseline.Values, otherSample.Values);
        Assert.NotEqual(baseline.Values, otherTimestep.Values);
    }

    [Fact]
    public void The_unet_can_take_a_float_timestep_as_some_exports_do()
    {
        var options = new TinyStableDiffusionOptions { TimestepElementType = OnnxElementType.Float, Width = 32, Height = 48 };
        using var session = Load(TinyStableDiffusionExport.WriteTo(_modelsDirectory, "tiny-sd", options), "unet");

        AssertTensor(session.InputMetadata, "timestep", TensorElementType.Float, [-1]);

        var outputs = Run(session,
            Tensor("sample", Latents(6, 4), Batch, 4, 6, 4),
            Tensor("timestep", new[] { 999f, 999f }, Batch),
            Tensor("encoder_hidden_states", TextStates(8, offset: 0), Batch, 77, 8));

        Assert.Equal([Batch, 4, 6, 4], outputs[0].Shape);
    }

    [Fact]
    public void The_vae_decoder_makes_a_varied_image_within_minus_one_to_one()
    {
        using var session = Load(TinyStableDiffusionExport.WriteTo(_modelsDirectory, "tiny-sd"), "vae_decoder");

        AssertTensor(session.InputMetadata, "latent_sample", TensorElementType.Float, [-1, 4, 8, 8]);
        AssertTensor(session.OutputMetadata, "sample", TensorElementType.Float, [-1, 3, 64, 64]);

        // Latents as the pipeline hands them over: divided by the VAE scaling factor.
        var latents = Latents(8, 8).Select(value => value / 0.18215f).ToArray();
        var image = Run(session, Tensor("latent_sample", latents, Batch, 4, 8, 8))[0];

        Assert.Equal([Batch, 3, 64, 64], image.Shape);
        Assert.All(image.Values, value => Assert.InRange(value, -1f, 1f));
        Assert.True(image.Values.Max() - image.Values.Min() > 0.5f, "the image is nearly flat");
    }

    [Fact]
    public void Options_write_the_broken_exports_a_pipeline_must_refuse()
    {
        var options = new TinyStableDiffusionOptions { UnetSampleInputName = "latents", VaeOutputChannels = 4 };
        var folder = TinyStableDiffusionExport.WriteTo(_modelsDirectory, "broken", options);

        using (var unet = Load(folder, "unet"))
        {
            Assert.Contains("latents", unet.InputMetadata.Keys);
            Assert.DoesNotContain("sample", unet.InputMetadata.Keys);
        }
        using var vae = Load(folder, "vae_decoder");
        AssertTensor(vae.OutputMetadata, "sample", TensorElementType.Float, [-1, 4, 64, 64]);
    }

    [Fact]
    public void The_manifest_records_each_models_real_checksum_and_the_exports_size()
    {
        var options = new TinyStableDiffusionOptions { Width = 96, Height = 48 };
        var folder = TinyStableDiffusionExport.WriteTo(_modelsDirectory, "tiny-sd", options);

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        var root = manifest.RootElement;
        var stableDiffusion = root.GetProperty("stableDiffusion");

        Assert.Equal(("tiny-sd", "stable-diffusion", 96, 48), (root.GetProperty("id").GetString(), root.GetProperty("pipeline").GetString(),
            root.GetProperty("width").GetInt32(), root.GetProperty("height").GetInt32()));
        foreach (var model in (string[])["textEncoder", "unet", "vaeDecoder"])
        {
            var entry = stableDiffusion.GetProperty(model);
            var sha256 = entry.GetProperty("sha256").GetString()!;
            Assert.Equal(ModelChecksum.ComputeSha256(Path.Combine(folder, entry.GetProperty("file").GetString()!)), sha256);
            Assert.Equal(sha256.ToLowerInvariant(), sha256);
        }
        Assert.True(File.Exists(Path.Combine(folder, stableDiffusion.GetProperty("vocabFile").GetString()!)));
        Assert.True(File.Exists(Path.Combine(folder, stableDiffusion.GetProperty("mergesFile").GetString()!)));
        Assert.Equal(0.18215, stableDiffusion.GetProperty("vaeScalingFactor").GetDouble());
        Assert.Equal("scaled_linear", stableDiffusion.GetProperty("noiseSchedule").GetProperty("betaSchedule").GetString());
        Assert.Equal(3.0, root.GetProperty("defaults").GetProperty("guidance").GetDouble());
    }

    [Fact]
    public void Two_exports_with_the_same_options_are_byte_identical()
    {
        var first = TinyStableDiffusionExport.WriteTo(_modelsDirectory, "first");
        var second = TinyStableDiffusionExport.WriteTo(_modelsDirectory, "second");

        foreach (var file in (string[])["text_encoder/model.onnx", "unet/model.onnx", "vae_decoder/model.onnx", "tokenizer/vocab.json"])
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(second, file)));
    }

    [Fact]
    public void A_size_the_vae_cannot_make_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            TinyStableDiffusionExport.WriteTo(_modelsDirectory, "tiny-sd", new TinyStableDiffusionOptions { Width = 60 }));

        Assert.Contains("multiples of 8", error.Message);
    }

    public void Dispose() => Directory.Delete(_modelsDirectory, recursive: true);

    private static InferenceSession Load(string folder, string model) => new(Path.Combine(folder, model, "model.onnx"));

    private static void AssertTensor(IReadOnlyDictionary<string, NodeMetadata> metadata, string name, TensorElementType type, int[] dimensions)
    {
        Assert.True(metadata.TryGetValue(name, out var tensor), $"no tensor named {name}; found {string.Join(", ", metadata.Keys)}");
        Assert.Equal(type, tensor.ElementDataType);
        Assert.Equal(dimensions, tensor.Dimensions);
    }

    private static TinyModelOutput RunUnet(InferenceSession session, float[] latents, float[] textStates, long timestep = 999) =>
        Run(session,
            Tensor("sample", latents, Batch, 4, 8, 8),
            Tensor("timestep", new[] { timestep, timestep }, Batch),
            Tensor("encoder_hidden_states", textStates, Batch, 77, 8))[0];

    /// <summary>Two prompts of distinct ids, all within the tiny vocabulary.</summary>
    private static T[] TokenIds<T>(Func<int, T> fromId) =>
        [.. Enumerable.Range(0, Batch * 77).Select(i => fromId(i % TinyClipVocabulary.Size))];

    private static float[] Latents(int height, int width, int seed = 1)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, Batch * 4 * height * width).Select(_ => (float)(random.NextDouble() * 2 - 1))];
    }

    private static float[] TextStates(int hidden, int offset) =>
        [.. Enumerable.Range(0, Batch * 77 * hidden).Select(i => (float)Math.Sin(0.1 * i + offset))];
}
