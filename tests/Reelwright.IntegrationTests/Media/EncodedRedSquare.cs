using Microsoft.Extensions.Options;
using Reelwright.Worker.Media;
using Xunit;

namespace Reelwright.IntegrationTests.Media;

/// <summary>The red-square clip encoded once with default options, shared by the tests that only look at the result.</summary>
public sealed class EncodedRedSquare : IAsyncLifetime
{
    public EncodedClip Clip { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        Clip = await new ClipEncoder(Options.Create(new ClipEncoderOptions())).EncodeAsync(RedSquareClip.Create(), CancellationToken.None);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
