using Reelwright.Models.Tokenizers;

namespace Reelwright.Inference.StableDiffusion;

/// <summary>
/// The text encoder's hidden states a walk needs: the negative prompt's (guidance's unconditional half; the empty
/// prompt when none), the prompt's, and with an end prompt, a straight blend between the two for each frame.
/// </summary>
internal sealed class WalkText
{
    private readonly float[] _start;
    private readonly float[]? _end;
    private readonly float[] _blend;

    private WalkText(float[] unconditional, float[] start, float[]? end)
    {
        Unconditional = unconditional;
        _start = start;
        _end = end;
        _blend = end is null ? [] : new float[start.Length];
    }

    public float[] Unconditional { get; }

    public static WalkText Encode(ClipBpeTokenizer tokenizer, TextEncoderNetwork encoder, string prompt, string? endPrompt, string negativePrompt)
    {
        var ids = new long[ClipBpeTokenizer.ContextLength];
        float[] EncodeText(string text)
        {
            tokenizer.Encode(text, ids);
            return encoder.Encode(ids);
        }

        return new WalkText(EncodeText(negativePrompt), EncodeText(prompt), string.IsNullOrWhiteSpace(endPrompt) ? null : EncodeText(endPrompt));
    }

    /// <param name="along">0 on the first frame, 1 on the last.</param>
    /// <returns>Valid until the next call.</returns>
    public ReadOnlySpan<float> ConditionalAt(double along)
    {
        if (_end is null)
            return _start;

        var weight = (float)along;
        for (var i = 0; i < _blend.Length; i++)
            _blend[i] = _start[i] + weight * (_end[i] - _start[i]);
        return _blend;
    }
}
