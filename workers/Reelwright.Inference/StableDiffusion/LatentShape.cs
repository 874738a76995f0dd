namespace Reelwright.Inference.StableDiffusion;

/// <summary>One image's latent: 4 channels at an eighth of the image's size in each direction (the VAE's factor).</summary>
internal readonly record struct LatentShape(int Channels, int Height, int Width)
{
    public const int VaeFactor = 8;

    public int ElementCount => Channels * Height * Width;

    public static LatentShape ForImage(int width, int height) => new(4, height / VaeFactor, width / VaeFactor);

    public long[] BatchDimensions(int batch) => [batch, Channels, Height, Width];
}
