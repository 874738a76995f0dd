using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using Reelwright.Web.Components.Review;
using Reelwright.Web.Components.Shared;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Compare;

/// <summary>
/// Two finished clips under one transport, always on the same frame: side by side, or one over the other with a
/// wipe. Frame n is the n-th frame of each clip; the clip with more frames leads (its clock is the transport's), and
/// the shorter one holds its last frame past its end. Frames are 0-based; FrameClock turns them into seek times.
/// </summary>
public sealed partial class ComparePlayer : IAsyncDisposable, IFrameTransport
{
    public const string ModulePath = "./Components/Compare/ComparePlayer.razor.js";


    private ElementReference _root;
    private ElementReference _videoA;
    private ElementReference _videoB;
    private IJSObjectReference? _module;
    private DotNetObjectReference<ComparePlayer>? _selfReference;
    private FrameClock _clockA = null!; // Set in OnParametersSet, which always runs before a render.
    private FrameClock _clockB = null!;
    private FrameClock _clock = null!; // The leading clip's.
    private int _frame;
    private bool _playing;
    private bool _wipe;
    private int _wipePercent = 50;

    [Inject] public required IJSRuntime JS { get; init; }

    [Inject] public required IStudioApi Api { get; init; }

    [Parameter, EditorRequired] public required ClipView A { get; set; }

    [Parameter, EditorRequired] public required ClipView B { get; set; }

    private bool ALeads => A.FrameCount >= B.FrameCount;

    private string Readout => $"Frame {_clock.DisplayNumber(_frame)} of {_clock.FrameCount}";

    /// <summary>In the wipe, A lies on top and is cut away right of the line, uncovering B there.</summary>
    private string? TopClipStyle => _wipe
        ? string.Create(CultureInfo.InvariantCulture, $"clip-path: inset(0 {100 - _wipePercent}% 0 0)")
        : null;

    /// <summary>The leading clip's media time, on seeks and frame by frame during playback.</summary>
    [JSInvokable]
    public Task OnVideoTimeAsync(double seconds) => InvokeAsync(() =>
    {
        var frame = _clock.FrameAt(seconds);
        if (frame == _frame)
            return;
        _frame = frame;
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
        _clockA = new FrameClock(A.Fps, A.FrameCount);
        _clockB = new FrameClock(B.Fps, B.FrameCount);
        _clock = ALeads ? _clockA : _clockB;
        _frame = _clock.Clamp(_frame);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
            return;
        _module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
        _selfReference = DotNetObjectReference.Create(this);
        await _module.InvokeVoidAsync("attach", _root, _videoA, _videoB, _selfReference, new
        {
            leader = ALeads ? "a" : "b",
            fpsA = A.Fps,
            fpsB = B.Fps,
            framesA = A.FrameCount,
            framesB = B.FrameCount,
            keys = FrameKeys.Handled,
        });
    }

    private Task OnKeyDownAsync(KeyboardEventArgs e) => FrameKeys.HandleAsync(e, this);

    int IFrameTransport.Frame => _frame;

    int IFrameTransport.LastFrame => _clock.LastFrame;

    Task IFrameTransport.GoToFrameAsync(int frame) => GoToFrameAsync(frame);

    Task IFrameTransport.TogglePlayAsync() => TogglePlayAsync();

    private Task StepAsync(int frames) => GoToFrameAsync(_frame + frames);

    private Task SeekFromSliderAsync(ChangeEventArgs e) =>
        int.TryParse(e.Value?.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var frame)
            ? GoToFrameAsync(frame)
            : Task.CompletedTask;

    /// <summary>Pauses and puts both clips in the middle of the frame (each clamped to its own length).</summary>
    private async Task GoToFrameAsync(int frame)
    {
        if (_playing)
            await PauseAsync();
        _frame = _clock.Clamp(frame);
        await InvokeModuleAsync("seek", _root, _clockA.TimeOf(_frame), _clockB.TimeOf(_frame));
    }

    private async Task TogglePlayAsync()
    {
        if (_playing)
            await PauseAsync();
        else
        {
            _playing = true;
            await InvokeModuleAsync("play", _root);
        }
    }

    private async Task PauseAsync()
    {
        _playing = false;
        await InvokeModuleAsync("pause", _root);
    }

    // Before the module has loaded (the first render) there are no videos to move yet; both start at frame 0 anyway.
    private async Task InvokeModuleAsync(string identifier, params object?[] args)
    {
        if (_module is not null)
            await _module.InvokeVoidAsync(identifier, args);
    }

    public async ValueTask DisposeAsync()
    {
        await _module.ReleaseAsync(_root);
        _selfReference?.Dispose();
    }
}
