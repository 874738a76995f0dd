using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Reelwright.Models.Tokenizers;

namespace Reelwright.Inference.StableDiffusion;

/// <summary>
/// The export's text_encoder (CLIP's text transformer): 77 token ids in, one hidden state per position out, which the
/// UNet attends to. Runs once or twice per clip, so it favours plainness over pre-allocation.
/// </summary>
internal sealed class TextEncoderNetwork : IDisposable
{
    private const string IdsInput = "input_ids";
    private const string HiddenOutput = "last_hidden_state";
    private const int Positions = ClipBpeTokenizer.ContextLength;

    private readonly InferenceSession _session;
    private readonly bool _idsAreInt32;

    private TextEncoderNetwork(InferenceSession session, bool idsAreInt32)
    {
        _session = session;
        _idsAreInt32 = idsAreInt32;
        // An export may leave the hidden size free; encoding once tells it, and proves the network runs at all.
        HiddenSize = Encode(new long[Positions]).Length / Positions;
    }

    /// <summary>Values per position of <see cref="Encode"/>'s result (768 for SD 1.x, 1024 for SD 2.x).</summary>
    public int HiddenSize { get; }

    /// <summary>Takes ownership of the session, disposing it when the network does not fit.</summary>
    /// <exception cref="ModelLayoutException">The inputs or outputs are not those of a CLIP text encoder export.</exception>
    public static TextEncoderNetwork Create(InferenceSession session, string modelId)
    {
        try
        {
            var signature = new NetworkSignature("text_encoder", session);
            var ids = signature.Input(IdsInput, [TensorElementType.Int32, TensorElementType.Int64], rank: 2);
            signature.RequireDimension(ids, IdsInput, 1, Positions, "positions");
            signature.RequireNoOtherInputs(IdsInput);
            var hidden = signature.Output(HiddenOutput, [TensorElementType.Float], rank: 3);
            signature.RequireDimension(hidden, HiddenOutput, 1, Positions, "positions");
            signature.ThrowIfProblems(modelId);
            return new TextEncoderNetwork(session, ids!.ElementDataType == TensorElementType.Int32);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <returns>The hidden states, [77, <see cref="HiddenSize"/>] in C order.</returns>
    public float[] Encode(ReadOnlySpan<long> tokenIds)
    {
        long[] shape = [1, Positions];
        using var ids = _idsAreInt32
            ? OrtValue.CreateTensorValueFromMemory(ToInt32(tokenIds), shape)
            : OrtValue.CreateTensorValueFromMemory(tokenIds.ToArray(), shape);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, [IdsInput], [ids], [HiddenOutput]);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }

    public void Dispose() => _session.Dispose();

    private static int[] ToInt32(ReadOnlySpan<long> ids)
    {
        var narrowed = new int[ids.Length];
        for (var i = 0; i < ids.Length; i++)
            narrowed[i] = checked((int)ids[i]);
        return narrowed;
    }
}
