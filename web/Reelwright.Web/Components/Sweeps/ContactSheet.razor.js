// Playback for ContactSheet: a clip plays while hovered; in sync mode every clip starts at time 0 together and the
// first clip leads, the others following it on every loop and every seek so they stay frame-aligned.

const sheets = new WeakMap();

// play() rejects when a pause() interrupts it or the browser refuses; either way nothing is playing, which is visible.
const play = video => {
    video.muted = true; // Browsers play only muted videos without a click; Blazor sets the attribute after creating the element, too late to count.
    video.play().catch(() => { });
};

/** Hover playback for every video in root, present or added later (cells fill in as clips finish). */
export function attach(root) {
    const sheet = { syncing: false, unfollow: () => { }, listeners: [] };
    sheets.set(root, sheet);
    const listen = (type, handler) => {
        root.addEventListener(type, handler);
        sheet.listeners.push([type, handler]);
    };
    // A video has no children, so over/out on one are its enter/leave; delegating them covers videos added later.
    listen("mouseover", e => {
        if (!sheet.syncing && e.target instanceof HTMLVideoElement) play(e.target);
    });
    listen("mouseout", e => {
        if (sheet.syncing || !(e.target instanceof HTMLVideoElement)) return;
        e.target.pause();
        e.target.currentTime = 0;
    });
}

/** Turns sync on (every video from time 0, together, led by the first) or off (every video stopped at the start). */
export function setSync(root, on) {
    const sheet = sheets.get(root);
    if (!sheet) return;
    sheet.unfollow();
    sheet.unfollow = () => { };
    sheet.syncing = on;
    const videos = [...root.querySelectorAll("video")];
    for (const video of videos) {
        video.pause();
        video.currentTime = 0;
    }
    if (!on || videos.length === 0) return;
    for (const video of videos) play(video);
    sheet.unfollow = follow(root, videos[0]);
}

/** Keeps every other video at the leader's time: after it seeks, and each time it loops (its time goes back). */
function follow(root, leader) {
    let lastTime = 0;
    const align = () => {
        for (const video of root.querySelectorAll("video")) {
            if (video === leader) continue;
            video.currentTime = leader.currentTime;
            if (video.paused) play(video);
        }
    };
    const onTime = () => {
        if (leader.currentTime < lastTime) align();
        lastTime = leader.currentTime;
    };
    leader.addEventListener("seeked", align);
    leader.addEventListener("timeupdate", onTime);
    return () => {
        leader.removeEventListener("seeked", align);
        leader.removeEventListener("timeupdate", onTime);
    };
}

export function dispose(root) {
    const sheet = sheets.get(root);
    if (!sheet) return;
    sheet.unfollow();
    for (const [type, handler] of sheet.listeners) root.removeEventListener(type, handler);
    sheets.delete(root);
}
