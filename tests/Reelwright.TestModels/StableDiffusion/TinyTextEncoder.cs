using Reelwright.TestModels.Onnx;

namespace Reelwright.TestModels.StableDiffusion;

/// <summary>
/// A CLIP text encoder in shape only: each token id looks up a fixed embedding row, so different prompts give
/// different hidden states. Like real exports it also returns a pooled vector per prompt.
/// </summary>
internal static class TinyTextEncoder
{
    public static byte[] Build(TinyStableDiffusionOptions options, int vocabularySize)
    {
        const int SequenceLength = TinyStableDiffusionExport.SequenceLength;
        var hidden = options.Hidden;
        return new OnnxGraphBuilder("tiny_text_encoder")
            .Input("input_ids", options.InputIdsElementType, "batch", SequenceLength)
            .Output("last_hidden_state", OnnxElementType.Float, "batch", SequenceLength, hidden)
            .Output("pooler_output", OnnxElementType.Float, "batch", hidden)
            .Initializer("token_embedding", DeterministicWeights.Sine(vocabularySize * hidden, amplitude: 0.5, frequency: 0.913), vocabularySize, hidden)
            .Node("Gather", ["token_embedding", "input_ids"], ["last_hidden_state"], OnnxAttribute.Int("axis", 0))
            .Node("ReduceMean", ["last_hidden_state"], ["pooler_output"], OnnxAttribute.Ints("axes", 1), OnnxAttribute.Int("keepdims", 0))
            .ToBytes();
    }
}
