using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Reelwright.Web.Components.Review;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Review;

public sealed class FramePlayerTests : StudioTestContext
{
    // 16 frames at 8 fps: frame n is sought at (n + 0.5) / 8 seconds.
    private const int FrameCount = 16;
    private const int Fps = 8;

    private static readonly FrameMarker OnFrameFour = new(Guid.NewGuid(), 4, 4, null, null, Resolved: false, "Hand flickers");
    private static readonly FrameMarker FramesEightToEleven = new(Guid.NewGuid(), 8, 11, 0.25, 0.75, Resolved: true, "Colour shifts");

    private readonly BunitJSModuleInterop _module;
    private readonly List<int> _framesChanged = [];
    private readonly List<FrameMarker> _markersSelected = [];
    private readonly List<FramePoint> _pointsPicked = [];

    public FramePlayerTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        _module = JSInterop.SetupModule(FramePlayer.ModulePath);
    }

    [Fact]
    public void Markers_sit_on_the_timeline_over_the_frames_they_cover()
    {
        var cut = RenderPlayer();

        var single = cut.Find($".marker[data-marker-id='{OnFrameFour.Id}']");
        Assert.Equal("left: 25%; width: 6.25%", single.GetAttribute("style"));
        Assert.Equal("Hand flickers", single.GetAttribute("title"));
        Assert.DoesNotContain("resolved", single.ClassList);

        var range = cut.Find($".marker[data-marker-id='{FramesEightToEleven.Id}']");
        Assert.Equal("left: 50%; width: 25%", range.GetAttribute("style"));
        Assert.Equal("Colour shifts, frames 9 to 12", range.GetAttribute("aria-label"));
        Assert.Contains("resolved", range.ClassList);
    }

    [Fact]
    public void Clicking_a_marker_seeks_to_its_first_frame_and_selects_it()
    {
        var cut = RenderPlayer();

        cut.Find($".marker[data-marker-id='{FramesEightToEleven.Id}']").Click();

        Assert.Equal([8.5 / Fps], SeekTimes());
        Assert.Equal([FramesEightToEleven], _markersSelected);
        Assert.Equal([8], _framesChanged);
        Assert.Equal("Frame 9 / 16", cut.Find("#frame-readout").TextContent);
    }

    [Fact]
    public void Arrow_keys_step_one_frame_at_a_time_and_seek_the_video()
    {
        var cut = RenderPlayer();
        var player = cut.Find(".frame-player");

        player.KeyDown(new KeyboardEventArgs { Key = "ArrowRight" });
        player.KeyDown(new KeyboardEventArgs { Key = "ArrowRight" });
        player.KeyDown(new KeyboardEventArgs { Key = "ArrowLeft" });

        Assert.Equal([1.5 / Fps, 2.5 / Fps, 1.5 / Fps], SeekTimes());
        Assert.Equal([1, 2, 1], _framesChanged);
        Assert.Equal("Frame 2 / 16", cut.Find("#frame-readout").TextContent);
        Assert.Equal("00:00:00:01", cut.Find(".timecode").TextContent);
    }

    [Fact]
    public void Stepping_stops_at_the_ends_of_the_clip()
    {
        var cut = RenderPlayer();
        var player = cut.Find(".frame-player");

        player.KeyDown(new KeyboardEventArgs { Key = "," });
        Assert.Equal("Frame 1 / 16", cut.Find("#frame-readout").TextContent);

        player.KeyDown(new KeyboardEventArgs { Key = "End" });
        player.KeyDown(new KeyboardEventArgs { Key = "." });
        Assert.Equal("Frame 16 / 16", cut.Find("#frame-readout").TextContent);
        Assert.Equal("00:00:01:07", cut.Find(".timecode").TextContent);
        Assert.Equal([15], _framesChanged);
    }

    [Fact]
    public void Space_plays_and_pauses_and_a_step_while_playing_pauses()
    {
        var cut = RenderPlayer();
        var player = cut.Find(".frame-player");

        player.KeyDown(new KeyboardEventArgs { Key = " " });
        Assert.Single(_module.Invocations["play"]);
        Assert.Equal("Pause", cut.Find("button.play").GetAttribute("aria-label"));

        cut.Find("button[aria-label='Next frame']").Click();
        Assert.Single(_module.Invocations["pause"]);
        Assert.Equal("Play", cut.Find("button.play").GetAttribute("aria-label"));
    }

    [Fact]
    public void Clicking_the_picture_while_picking_a_point_gives_the_point_on_the_current_frame()
    {
        // A 2:1 video in a 400 × 400 element: the picture is 400 × 200 between 100 px bars.
        _module.Setup<PictureBox>("measure", _ => true).SetResult(new PictureBox(400, 400, 200, 100));
        var cut = RenderPlayer(pickingPoint: true);
        cut.Find(".frame-player").KeyDown(new KeyboardEventArgs { Key = "ArrowRight" });

        cut.Find("video").Click(new MouseEventArgs { OffsetX = 100, OffsetY = 150 });
        cut.Find("video").Click(new MouseEventArgs { OffsetX = 420, OffsetY = 20 });

        Assert.Equal([new FramePoint(1, 0.25, 0.25), new FramePoint(1, 1, 0)], _pointsPicked);
    }

    [Fact]
    public void Clicking_the_picture_when_not_picking_a_point_picks_nothing()
    {
        var cut = RenderPlayer(pickingPoint: false);

        cut.Find("video").Click(new MouseEventArgs { OffsetX = 100, OffsetY = 150 });

        Assert.Empty(_pointsPicked);
        Assert.Empty(_module.Invocations["measure"]);
    }

    [Fact]
    public async Task A_frame_reported_by_the_video_moves_the_readout_once()
    {
        var cut = RenderPlayer();

        await cut.Instance.OnVideoTimeAsync(0.5);
        await cut.Instance.OnVideoTimeAsync(0.6);

        Assert.Equal("Frame 5 / 16", cut.Find("#frame-readout").TextContent);
        Assert.Equal("00:00:00:04", cut.Find(".timecode").TextContent);
        Assert.Equal([4], _framesChanged);
        Assert.Empty(_module.Invocations["seek"]);
    }

    [Fact]
    public async Task A_point_annotation_is_drawn_on_the_frames_its_marker_covers()
    {
        var cut = RenderPlayer();
        Assert.Empty(cut.FindAll(".point"));

        await cut.Instance.SeekToFrameAsync(9);

        var point = cut.Find(".point");
        Assert.Equal(FramesEightToEleven.Id.ToString(), point.GetAttribute("data-marker-id"));
        Assert.Equal("left: 25%; top: 75%", point.GetAttribute("style"));
        Assert.Contains("resolved", point.ClassList);
    }

    [Fact]
    public async Task Seeking_from_the_page_is_clamped_to_the_clip()
    {
        var cut = RenderPlayer();

        await cut.Instance.SeekToFrameAsync(99);

        Assert.Equal("Frame 16 / 16", cut.Find("#frame-readout").TextContent);
        Assert.Equal([15.5 / Fps], SeekTimes());
    }

    private IRenderedComponent<FramePlayer> RenderPlayer(bool pickingPoint = false) =>
        Render<FramePlayer>(p => p
            .Add(c => c.VideoUrl, "https://studio.test/media/clip.mp4")
            .Add(c => c.PosterUrl, "https://studio.test/media/poster.png")
            .Add(c => c.FrameCount, FrameCount)
            .Add(c => c.Fps, Fps)
            .Add(c => c.Markers, [OnFrameFour, FramesEightToEleven])
            .Add(c => c.PickingPoint, pickingPoint)
            .Add(c => c.OnFrameChanged, frame => _framesChanged.Add(frame))
            .Add(c => c.OnMarkerSelected, marker => _markersSelected.Add(marker))
            .Add(c => c.OnPointPicked, point => _pointsPicked.Add(point)));

    private List<double> SeekTimes() => [.. _module.Invocations["seek"].Select(i => (double)i.Arguments[1]!)];
}
