using Microsoft.Extensions.Options;

namespace Reelwright.Worker.Media;

public static class ClipEncoderServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ClipEncoder"/> with its options from the "ClipEncoder" section, checked at start-up.</summary>
    public static IServiceCollection AddClipEncoder(this IServiceCollection services)
    {
        services.AddOptions<ClipEncoderOptions>()
            .BindConfiguration(ClipEncoderOptions.SectionName)
            .Validate(o => !string.IsNullOrWhiteSpace(o.FfmpegPath), "ClipEncoder:FfmpegPath must name the ffmpeg executable.")
            .Validate(o => o.OutputSize is >= 16 and <= 4096 && o.OutputSize % 2 == 0,
                "ClipEncoder:OutputSize must be an even number of pixels between 16 and 4096.")
            .Validate(o => o.PreviewSize is >= 16 and <= 4096 && o.PreviewSize % 2 == 0,
                "ClipEncoder:PreviewSize must be an even number of pixels between 16 and 4096.")
            .Validate(o => o.TimeoutSeconds > 0, "ClipEncoder:TimeoutSeconds must be positive.")
            .ValidateOnStart();
        services.AddSingleton<ClipEncoder>();
        return services;
    }
}
