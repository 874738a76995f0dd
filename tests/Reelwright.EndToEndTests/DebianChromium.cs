using Microsoft.Playwright;

namespace Reelwright.EndToEndTests;

/// <summary>Debian's Chromium, headless, as Playwright must launch it here: it cannot download a browser of its own.</summary>
public static class DebianChromium
{
    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
        "--autoplay-policy=no-user-gesture-required",
    ];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("REELWRIGHT_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = Args,
        });
}
