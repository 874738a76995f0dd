using System.Globalization;
using Microsoft.Playwright;
using Xunit;

namespace Reelwright.EndToEndTests;

public sealed class When_a_user_generates_a_clip(StudioInBrowser studio) : IClassFixture<StudioInBrowser>
{
    [Fact]
    public async Task The_progress_bar_moves_and_the_clip_plays_for_two_seconds()
    {
        var page = await studio.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        await BrowserAccounts.SignUpAsync(page, studio.WebAddress);
        await WaitForInteractivityAsync(page);

        await page.FillAsync("#prompt", "a large yellow square spinning slowly on a black background");
        await page.FillAsync("#seed", "42");
        await page.ClickAsync("#generate");

        // The bar must be seen part-way: live progress, not a jump from queued to done.
        var bar = page.Locator("[role=progressbar]").First;
        await Assertions.Expect(bar).ToHaveAttributeAsync("aria-valuenow", new System.Text.RegularExpressions.Regex("^([1-9]|1[0-9])$"),
            new() { Timeout = 30_000 });

        var video = page.Locator("video#clip-video");
        await Assertions.Expect(video).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await page.WaitForFunctionAsync("() => { const v = document.querySelector('video#clip-video'); return v && v.readyState >= 3; }",
            null, new() { Timeout = 20_000 });
        var duration = await video.EvaluateAsync<double>("v => v.duration");
        var loops = await video.EvaluateAsync<bool>("v => v.loop");
        Assert.InRange(duration, 1.9, 2.1);
        Assert.True(loops);
        Assert.Equal("42", await page.InnerTextAsync("#clip-seed"));

        await page.ScreenshotAsync(new() { Path = Path.Combine(StudioInBrowser.ArtifactsDirectory, "workspace-with-clip.png") });
    }

    [Fact]
    public async Task Clicking_a_clip_in_the_history_loads_its_recipe_back_into_the_form()
    {
        var page = await studio.Browser.NewPageAsync();
        await BrowserAccounts.SignUpAsync(page, studio.WebAddress);
        await WaitForInteractivityAsync(page);
        await page.FillAsync("#prompt", "a small red circle moving left on a blue background");
        await page.FillAsync("#seed", "777");
        await page.FillAsync("#steps", "5");
        await page.Keyboard.PressAsync("Control+Enter");
        await Assertions.Expect(page.Locator("video#clip-video")).ToBeVisibleAsync(new() { Timeout = 60_000 });

        await page.ReloadAsync();
        await WaitForInteractivityAsync(page);
        var poster = page.Locator("nav.history button[title='a small red circle moving left on a blue background'] img").First;
        await Assertions.Expect(poster).ToBeVisibleAsync();
        Assert.True(await poster.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the poster image loaded");
        await poster.ClickAsync();

        await Assertions.Expect(page.Locator("#prompt")).ToHaveValueAsync("a small red circle moving left on a blue background");
        await Assertions.Expect(page.Locator("#seed")).ToHaveValueAsync("777");
        await Assertions.Expect(page.Locator("#steps")).ToHaveValueAsync(5.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Server-rendered HTML shows before the circuit connects; typing into it earlier would be lost.</summary>
    [Fact]
    public async Task Picking_a_stable_diffusion_model_offers_a_latent_walk_and_plays_it()
    {
        var page = await studio.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        await BrowserAccounts.SignUpAsync(page, studio.WebAddress);
        await WaitForInteractivityAsync(page);
        await Assertions.Expect(page.Locator("#keyframes")).ToHaveCountAsync(0);

        await page.SelectOptionAsync("#model", StudioInBrowser.StableDiffusionModelId);
        await Assertions.Expect(page.Locator("#keyframes")).ToBeVisibleAsync();
        await page.FillAsync("#prompt", "a red circle");
        await page.FillAsync("#end-prompt", "a blue square");
        await page.FillAsync("#keyframes", "3");
        await page.FillAsync("#frames-between", "1");
        await page.SelectOptionAsync("#scheduler", "lcm");
        await page.FillAsync("#steps", "2");
        await Assertions.Expect(page.Locator("fieldset.latent-walk legend")).ToContainTextAsync("5 frames");
        await page.ClickAsync("#generate");

        var video = page.Locator("video#clip-video");
        await Assertions.Expect(video).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await page.WaitForFunctionAsync("() => { const v = document.querySelector('video#clip-video'); return v && v.readyState >= 3; }",
            null, new() { Timeout = 20_000 });
        // Five frames at the model's 8 fps.
        Assert.InRange(await video.EvaluateAsync<double>("v => v.duration"), 0.55, 0.7);
        await Assertions.Expect(page.Locator("#clip-walk")).ToHaveTextAsync("3 keyframes · 1 between · lcm");
    }

    private static Task WaitForInteractivityAsync(IPage page) =>
        Assertions.Expect(page.Locator(".workspace[data-interactive=true]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
}
