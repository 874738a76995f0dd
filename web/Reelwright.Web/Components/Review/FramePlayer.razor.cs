using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using Reelwright.Web.Components.Shared;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Review;

/// <summary>
/// A frame-accurate player for review: steps frame by frame, shows where comments sit on the timeline and their
/// points on the picture, and picks a point on the picture for a new comment. Frames are 0-based; FrameClock says
/// how they are shown.
/// </summary>
public sealed partial class FramePlayer : IAsyncDisposable, IFrameTransport
{
    public const string ModulePath = "./Components/Review/FramePlayer.razor.js";


    private ElementReference _root;
    private ElementReference _video;
    private IJSObjectReference? _module;
    private DotNetObjectReference<FramePlayer>? _selfReference;
    private FrameClock _clock = null!; // Set in OnParametersSet, which always runs before a render.
    private int _frame;
    private bool _playing;

    [Inject] public required IJSRuntime JS { get; init; }

    [Parameter, EditorRequired] public required string VideoUrl { get; set; }

    [Parameter] public string? PosterUrl { get; set; }

    [Parameter, EditorRequired] public required int FrameCount { get; set; }

    [Parameter, EditorRequired] public required int Fps { get; set; }

    [Parameter] public IReadOnlyList<FrameMarker> Markers { get; set; } = [];

    /// <summary>While true, a click on the picture raises OnPointPicked instead of doing nothing.</summary>
    [Parameter] public bool PickingPoint { get; set; }

    /// <summary>The 0-based frame now shown, each time it changes: by playback, a seek or a step.</summary>
    [Parameter] public EventCallback<int> OnFrameChanged { get; set; }

    [Parameter] public EventCallback<FrameMarker> OnMarkerSelected { get; set; }

    [Parameter] public EventCallback<FramePoint> OnPointPicked { get; set; }

    /// <summary>Pauses on the frame (clamped to the clip), as a reviewer jumping to a comment wants to look at it.</summary>
    public Task SeekToFrameAsync(int frame) => InvokeAsync(async () =>
    {
        await GoToFrameAsync(frame);
        StateHasChanged();
    });

    /// <summary>The JS module reports the media time it shows, on seeks and frame by frame during playback.</summary>
    [JSInvokable]
    public Task OnVideoTimeAsync(double seconds) => InvokeAsync(async () =>
    {
        if (await SetFrameAsync(_clock.FrameAt(seconds)))
            StateHasChanged();
    });

    [JSInvokable]
    public Task OnPlayingChangedAsync(bool playing) => InvokeAsync(() =>
    {
        _playing = playing;
        StateHasChanged();
    });

    protected override void OnParametersSet()
    {
        _clock = new FrameClock(Fps, FrameCount);
        _frame = _clock.Clamp(_frame);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
            return;
        _module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
        _selfReference = DotNetObjectReference.Create(this);
        await _module.InvokeVoidAsync("attach", _root, _video, _selfReference, FrameKeys.Handled);
    }

    private IEnumerable<FrameMarker> PointsOnCurrentFrame =>
        Markers.Where(m => m.X is not null && m.Y is not null && m.StartFrame <= _frame && _frame <= m.EndFrame);

    private Task OnKeyDownAsync(KeyboardEventArgs e) => FrameKeys.HandleAsync(e, this);

    int IFrameTransport.Frame => _frame;

    int IFrameTransport.LastFrame => _clock.LastFrame;

    Task IFrameTransport.GoToFrameAsync(int frame) => GoToFrameAsync(frame);

    Task IFrameTransport.TogglePlayAsync() => TogglePlayAsync();

    private Task StepAsync(int frames) => GoToFrameAsync(_frame + frames);

    private async Task GoToFrameAsync(int frame)
    {
        if (_playing)
            await PauseAsync();
        await SetFrameAsync(_clock.Clamp(frame));
        await InvokeModuleAsync("seek", _video, _clock.TimeOf(_frame));
    }

    private async Task TogglePlayAsync()
    {
        if (_playing)
            await PauseAsync();
        else
        {
            _playing = true;
            await InvokeModuleAsync("play", _video);
        }
    }

    private async Task PauseAsync()
    {
        _playing = false;
        await InvokeModuleAsync("pause", _video);
    }

    private async Task SelectMarkerAsync(FrameMarker marker)
    {
        await GoToFrameAsync(marker.StartFrame);
        await OnMarkerSelected.InvokeAsync(marker);
    }

    private async Task PickPointAsync(MouseEventArgs e)
    {
        if (!PickingPoint || _module is null)
            return;
        var box = await _module.InvokeAsync<PictureBox>("measure", _video);
        var (x, y) = box.Normalise(e.OffsetX, e.OffsetY);
        await OnPointPicked.InvokeAsync(new FramePoint(_frame, x, y));
    }

    /// <summary>Moves the readout to the frame; true when it was not there already.</summary>
    private async Task<bool> SetFrameAsync(int frame)
    {
        if (frame == _frame)
            return false;
        _frame = frame;
        await OnFrameChanged.InvokeAsync(frame);
        return true;
    }

    // Before the module has loaded (the first render) there is no video to move yet; it starts at frame 0 anyway.
    private async Task InvokeModuleAsync(string identifier, params object?[] args)
    {
        if (_module is not null)
            await _module.InvokeVoidAsync(identifier, args);
    }

    private string SpanStyle(int startFrame, int endFrame)
    {
        var start = _clock.Clamp(startFrame);
        var end = Math.Max(start, _clock.Clamp(endFrame));
        return $"left: {Percent(start, FrameCount)}; width: {Percent(end - start + 1, FrameCount)}";
    }

    private static string PointStyle(FrameMarker marker) =>
        marker is { X: { } x, Y: { } y } ? $"left: {Percent(x, 1)}; top: {Percent(y, 1)}" : "";

    private static string Percent(double part, double whole) =>
        (part / whole * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%";

    private static string? ResolvedClass(FrameMarker marker) => marker.Resolved ? "resolved" : null;

    private string MarkerLabel(FrameMarker marker) =>
        marker.EndFrame > marker.StartFrame
            ? $"{marker.Label}, frames {_clock.DisplayNumber(marker.StartFrame)} to {_clock.DisplayNumber(marker.EndFrame)}"
            : $"{marker.Label}, frame {_clock.DisplayNumber(marker.StartFrame)}";

    public async ValueTask DisposeAsync()
    {
        await _module.ReleaseAsync(_video);
        _selfReference?.Dispose();
    }
}
