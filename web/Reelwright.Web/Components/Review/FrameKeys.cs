using Microsoft.AspNetCore.Components.Web;

namespace Reelwright.Web.Components.Review;

/// <summary>A frame-accurate transport the keyboard drives: the review player, the compare view.</summary>
public interface IFrameTransport
{
    int Frame { get; }

    int LastFrame { get; }

    Task GoToFrameAsync(int frame);

    Task TogglePlayAsync();
}

/// <summary>
/// The keys every frame-accurate transport answers, the same wherever a clip is stepped through: ← and , a frame back,
/// → and . a frame on, Space plays or pauses, Home and End go to the first and last frames.
/// </summary>
public static class FrameKeys
{
    /// <summary>The keys handled; the players' JS modules stop the browser's own reaction to them (scrolling, clicking).</summary>
    public static readonly string[] Handled = ["ArrowLeft", "ArrowRight", ",", ".", " ", "Home", "End"];

    public static Task HandleAsync(KeyboardEventArgs e, IFrameTransport transport) => e.Key switch
    {
        "ArrowLeft" or "," => transport.GoToFrameAsync(transport.Frame - 1),
        "ArrowRight" or "." => transport.GoToFrameAsync(transport.Frame + 1),
        " " => transport.TogglePlayAsync(),
        "Home" => transport.GoToFrameAsync(0),
        "End" => transport.GoToFrameAsync(transport.LastFrame),
        _ => Task.CompletedTask,
    };
}
