// Frame-accurate playback for FramePlayer. The frame rule lives in .NET (FrameClock): this module only moves the
// video and reports media times back, so the readout and the picture never disagree about which frame is shown.

const players = new WeakMap();

/** Starts reporting the video's time to dotNet (OnVideoTimeAsync) and its playing state (OnPlayingChangedAsync). */
export function attach(root, video, dotNet, playerKeys) {
    const player = { listeners: [], frameRequest: 0, lastTime: NaN, disposed: false };
    players.set(video, player);

    // The circuit can go away mid-playback; there is no one left to tell then.
    const call = (method, value) => dotNet.invokeMethodAsync(method, value).catch(() => { });

    const reportTime = time => {
        if (player.disposed || time === player.lastTime) return;
        player.lastTime = time;
        call("OnVideoTimeAsync", time);
    };
    // While a seek is under way the frames still being presented are from before it: reporting them would make
    // the readout jump back for a moment when stepping quickly.
    const reportUnlessSeeking = time => { if (!video.seeking) reportTime(time); };
    const reportPlaying = () => call("OnPlayingChangedAsync", !video.paused);

    const listen = (target, type, handler) => {
        target.addEventListener(type, handler);
        player.listeners.push([target, type, handler]);
    };

    listen(video, "seeked", () => reportTime(video.currentTime));
    listen(video, "loadeddata", () => reportTime(video.currentTime));
    for (const type of ["play", "pause", "ended", "emptied"]) listen(video, type, reportPlaying);

    // Called once per presented frame, so playback is reported frame by frame; timeupdate (about 4 a second) is
    // the fallback for browsers without it.
    if ("requestVideoFrameCallback" in video) {
        const onFrame = (_now, metadata) => {
            reportUnlessSeeking(metadata.mediaTime);
            player.frameRequest = video.requestVideoFrameCallback(onFrame);
        };
        player.frameRequest = video.requestVideoFrameCallback(onFrame);
    } else {
        listen(video, "timeupdate", () => reportUnlessSeeking(video.currentTime));
    }

    // .NET handles these keys; the browser must not also scroll the page or click the focused button.
    listen(root, "keydown", e => { if (playerKeys.includes(e.key)) e.preventDefault(); });
}

export function seek(video, seconds) {
    video.currentTime = seconds;
}

export function play(video) {
    // play() rejects when a pause() interrupts it; the pause event already reports that.
    video.play().catch(() => { });
}

export function pause(video) {
    video.pause();
}

/** The element's laid-out size and the video's own size, for normalising a click to the picture. */
export function measure(video) {
    return {
        elementWidth: video.clientWidth,
        elementHeight: video.clientHeight,
        videoWidth: video.videoWidth,
        videoHeight: video.videoHeight,
    };
}

export function dispose(video) {
    const player = players.get(video);
    if (!player) return;
    player.disposed = true;
    if (player.frameRequest) video.cancelVideoFrameCallback(player.frameRequest);
    for (const [target, type, handler] of player.listeners) target.removeEventListener(type, handler);
    players.delete(video);
}
