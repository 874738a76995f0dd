// The gallery's JavaScript, for static pages: a tile plays its preview while hovered or focused, and the "More" link
// fetches the next page and appends its tiles when it scrolls into view. Without this file the poster stays still
// and More is a plain link to the next page.

const tileImage = target => target instanceof Element ? target.closest(".poster-link")?.querySelector("img[data-preview]") : null;

const show = (image, which) => {
    const src = image.dataset[which];
    if (src && image.getAttribute("src") !== src) image.src = src;
};

// Delegated from the document, so tiles appended later (and pages reached later) play too, without a listener each.
for (const [type, which] of [["mouseover", "preview"], ["focusin", "preview"], ["mouseout", "poster"], ["focusout", "poster"]]) {
    document.addEventListener(type, e => {
        const image = tileImage(e.target);
        if (image) show(image, which);
    });
}

const observer = "IntersectionObserver" in window
    ? new IntersectionObserver(entries => entries.filter(e => e.isIntersecting).forEach(e => loadMore(e.target)), { rootMargin: "600px" })
    : null;

const watch = () => document.querySelectorAll("a[data-more]:not([data-loading])").forEach(link => observer?.observe(link));

async function loadMore(link) {
    observer.unobserve(link);
    link.setAttribute("data-loading", "");
    const gallery = link.closest("[data-gallery]");
    try {
        const response = await fetch(link.href, { headers: { accept: "text/html" } });
        if (!response.ok) throw new Error(`${response.status}`);
        const next = new DOMParser().parseFromString(await response.text(), "text/html").querySelector("[data-gallery]");
        if (!next) throw new Error("no gallery in the next page");
        const list = gallery.querySelector(".gallery-tiles");
        const shown = new Set([...list.querySelectorAll("[data-clip-id]")].map(tile => tile.dataset.clipId));
        for (const tile of next.querySelectorAll(".gallery-tiles > [data-clip-id]")) {
            if (!shown.has(tile.dataset.clipId)) list.append(document.importNode(tile, true));
        }
        const nextMore = next.querySelector("a[data-more]");
        if (nextMore) {
            link.replaceWith(document.importNode(nextMore, true));
            watch();
        } else {
            link.remove();
        }
    } catch {
        // Left as a plain link: following it still shows the next page.
        link.removeAttribute("data-loading");
    }
}

watch();
// Pages reached by enhanced navigation (a link that kept it on) bring new More links; look for them after each.
window.Blazor?.addEventListener?.("enhancedload", watch);
