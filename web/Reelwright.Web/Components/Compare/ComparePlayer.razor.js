// Two videos on one frame, for ComparePlayer. .NET owns the frame rule (FrameClock) and puts both videos in the
// middle of a frame after every seek or step; this module plays them together. The leader (the clip with more
// frames) is the clock: its time is reported to .NET, and while playing the follower is pulled back into step
// whenever the two drift more than half a frame apart — a round trip to the server would be far too slow for that.

const pairs = new WeakMap();

// As FrameClock.FrameAt: a time reported a hair before a frame boundary belongs to the frame after it.
const BoundarySlackFrames = 1e-3;

/** Starts reporting the leader's time (OnVideoTimeAsync) and playing state (OnPlayingChangedAsync) to dotNet. */
export function attach(root, videoA, videoB, dotNet, options) {
    const leadIsA = options.leader === "a";
    const leader = leadIsA ? videoA : videoB;
    const follower = leadIsA ? videoB : videoA;
    const leaderFps = leadIsA ? options.fpsA : options.fpsB;
    const followerFps = leadIsA ? options.fpsB : options.fpsA;
    const followerFrames = leadIsA ? options.framesB : options.framesA;

    const pair = { videoA, videoB, leader, follower, listeners: [], frameRequest: 0, lastTime: NaN, disposed: false };
    pairs.set(root, pair);

    // The circuit can go away mid-playback; there is no one left to tell then.
    const call = (method, value) => dotNet.invokeMethodAsync(method, value).catch(() => { });

    const reportTime = time => {
        if (pair.disposed || time === pair.lastTime) return;
        pair.lastTime = time;
        call("OnVideoTimeAsync", time);
    };
    // While a seek is under way the frames still being presented are from before it (see FramePlayer).
    const reportUnlessSeeking = time => { if (!leader.seeking) reportTime(time); };
    const reportPlaying = () => call("OnPlayingChangedAsync", !leader.paused);

    // The leader's position in frames (fractional); past the follower's last frame the follower holds that frame.
    const leaderPosition = () => leader.currentTime * leaderFps;
    const followerIsPastItsEnd = () => leaderPosition() >= followerFrames;

    // Seeks only when the drift is over half a frame: every seek makes the follower stutter for a moment.
    const moveFollowerTo = framePosition => {
        if (Math.abs(follower.currentTime * followerFps - framePosition) > 0.5) follower.currentTime = framePosition / followerFps;
    };

    pair.keepInStep = () => {
        if (followerIsPastItsEnd()) {
            if (!follower.paused) follower.pause();
            moveFollowerTo(followerFrames - 0.5);
            return;
        }
        moveFollowerTo(leaderPosition());
        if (!leader.paused && follower.paused) follower.play().catch(() => { });
    };

    // Paused, both show the middle of the same frame, as after a seek from .NET.
    pair.settleFollower = () => {
        const frame = Math.min(Math.floor(leaderPosition() + BoundarySlackFrames), followerFrames - 1);
        follower.currentTime = (frame + 0.5) / followerFps;
    };

    pair.followerMayPlay = () => !followerIsPastItsEnd();

    const listen = (target, type, handler) => {
        target.addEventListener(type, handler);
        pair.listeners.push([target, type, handler]);
    };

    listen(leader, "seeked", () => reportTime(leader.currentTime));
    listen(leader, "loadeddata", () => reportTime(leader.currentTime));
    for (const type of ["play", "pause", "ended", "emptied"]) listen(leader, type, reportPlaying);
    listen(leader, "pause", () => {
        follower.pause();
        pair.settleFollower();
    });

    // Called once per presented frame of the leader; timeupdate (about 4 a second) is the fallback.
    const onLeaderTime = time => {
        reportUnlessSeeking(time);
        if (!leader.paused && !leader.seeking) pair.keepInStep();
    };
    if ("requestVideoFrameCallback" in leader) {
        const onFrame = (_now, metadata) => {
            onLeaderTime(metadata.mediaTime);
            pair.frameRequest = leader.requestVideoFrameCallback(onFrame);
        };
        pair.frameRequest = leader.requestVideoFrameCallback(onFrame);
    } else {
        listen(leader, "timeupdate", () => onLeaderTime(leader.currentTime));
    }

    // .NET handles these keys; the browser must not also scroll the page or click the focused button.
    listen(root, "keydown", e => { if (options.keys.includes(e.key)) e.preventDefault(); });
}

/** Puts each video at its own time for the same frame (computed in .NET, the middle of the frame). */
export function seek(root, secondsA, secondsB) {
    const pair = pairs.get(root);
    if (!pair) return;
    pair.videoA.currentTime = secondsA;
    pair.videoB.currentTime = secondsB;
}

export function play(root) {
    const pair = pairs.get(root);
    if (!pair) return;
    // play() rejects when a pause() interrupts it; the pause event already reports that.
    pair.leader.play().catch(() => { });
    if (pair.followerMayPlay()) pair.follower.play().catch(() => { });
}

export function pause(root) {
    const pair = pairs.get(root);
    if (!pair) return;
    pair.leader.pause();
    pair.follower.pause();
}

export function dispose(root) {
    const pair = pairs.get(root);
    if (!pair) return;
    pair.disposed = true;
    if (pair.frameRequest) pair.leader.cancelVideoFrameCallback(pair.frameRequest);
    for (const [target, type, handler] of pair.listeners) target.removeEventListener(type, handler);
    pairs.delete(root);
}
