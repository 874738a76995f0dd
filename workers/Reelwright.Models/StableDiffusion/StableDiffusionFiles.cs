namespace Reelwright.Models.StableDiffusion;

/// <summary>
/// The "stableDiffusion" section of a manifest: where the networks and the CLIP tokenizer of a diffusers-style ONNX
/// export are (text_encoder, unet, vae_decoder, tokenizer), and the settings of the scheduler_config.json the export
/// was trained with. Everything the pipeline cannot read from the networks themselves.
/// </summary>
/// <param name="PadToken">What fills the 77 positions after the prompt: "&lt;|endoftext|&gt;" for SD 1.x, "!" for SD 2.x.</param>
/// <param name="VaeScalingFactor">The VAE's scaling_factor (0.18215 for SD 1.x and 2.x): latents are divided by it before decoding.</param>
/// <param name="LcmOriginalSteps">original_inference_steps of a latent-consistency model: the training schedule LCM steps are picked from.</param>
public sealed record StableDiffusionFiles(
    ModelFile TextEncoder,
    ModelFile Unet,
    ModelFile VaeDecoder,
    string VocabFile,
    string MergesFile,
    string PadToken,
    double VaeScalingFactor,
    NoiseScheduleSettings NoiseSchedule,
    int LcmOriginalSteps = 50)
{
    public IEnumerable<ModelFile> Networks => [TextEncoder, Unet, VaeDecoder];

    public void AddProblems(List<string> problems)
    {
        TextEncoder.AddProblems(problems, "stableDiffusion.textEncoder");
        Unet.AddProblems(problems, "stableDiffusion.unet");
        VaeDecoder.AddProblems(problems, "stableDiffusion.vaeDecoder");
        ManifestRules.RequireRelativeFile(problems, "stableDiffusion.vocabFile", VocabFile);
        ManifestRules.RequireRelativeFile(problems, "stableDiffusion.mergesFile", MergesFile);
        if (string.IsNullOrEmpty(PadToken))
            problems.Add("stableDiffusion.padToken is empty");
        if (!(VaeScalingFactor > 0) || double.IsInfinity(VaeScalingFactor))
            problems.Add($"stableDiffusion.vaeScalingFactor must be a positive number, not {VaeScalingFactor}");
        problems.AddRange(NoiseSchedule.Problems().Select(p => $"stableDiffusion.noiseSchedule: {p}"));
        ManifestRules.RequirePositive(problems, "stableDiffusion.lcmOriginalSteps", LcmOriginalSteps);
    }
}
