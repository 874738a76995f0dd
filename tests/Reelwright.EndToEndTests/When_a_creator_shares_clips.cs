using Microsoft.Playwright;
using Xunit;

namespace Reelwright.EndToEndTests;

/// <summary>
/// A creator publishes a clip; an anonymous visitor finds it in the gallery, plays it, signs up and remixes it, and the
/// remix's page credits the original. A share link with a passphrase opens only with it.
/// </summary>
public sealed class When_a_creator_shares_clips(StudioInBrowser studio) : IClassFixture<StudioInBrowser>
{
    private static readonly BrowserNewContextOptions Desktop = new() { ViewportSize = new ViewportSize { Width = 1280, Height = 1000 } };
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 30_000 };

    [Fact]
    public async Task A_published_clip_is_found_played_and_remixed_with_credit_by_a_visitor_who_signs_up()
    {
        await using var creatorBrowser = await studio.Browser.NewContextAsync(Desktop);
        await using var visitorBrowser = await studio.Browser.NewContextAsync(Desktop);
        var creator = await creatorBrowser.NewPageAsync();
        var visitor = await visitorBrowser.NewPageAsync();
        await BrowserAccounts.SignUpAsync(creator, studio.WebAddress, "Cora Creator");

        // The creator makes a clip and publishes it from its page.
        await GenerateAsync(creator, "a small yellow star spinning slowly on a black background");
        await creator.ClickAsync(".player .review-link");
        await Assertions.Expect(creator.Locator(".clip-review[data-interactive=true]")).ToBeVisibleAsync(Slow);
        var title = $"Yellow star {Guid.NewGuid():N}"[..20];
        await creator.FillAsync("#publish-title", title);
        await creator.ClickAsync("#publish");
        await Assertions.Expect(creator.Locator("#gallery-link")).ToBeVisibleAsync(Slow);

        // A visitor with no account finds it in the gallery and plays it.
        await visitor.GotoAsync(new Uri(studio.WebAddress, "/gallery").ToString());
        var tile = visitor.Locator(".gallery-tile", new() { HasText = title });
        await Assertions.Expect(tile).ToBeVisibleAsync(Slow);
        await tile.Locator("a.tile-title").ClickAsync();
        await Assertions.Expect(visitor.Locator("#clip-video")).ToBeVisibleAsync(Slow);
        await visitor.WaitForFunctionAsync("() => { const v = document.querySelector('#clip-video'); return v && v.readyState >= 2; }", null, new() { Timeout = 20_000 });
        await Assertions.Expect(visitor.Locator("#recipe-prompt")).ToContainTextAsync("yellow star");
        Assert.Contains(title, await visitor.GetAttributeAsync("meta[property='og:title']", "content") ?? "");
        Assert.StartsWith("http", await visitor.GetAttributeAsync("meta[property='og:image']", "content") ?? "");
        await Assertions.Expect(visitor.Locator("#sign-in-to-like")).ToBeVisibleAsync();
        var clipPage = visitor.Url;

        // The visitor signs up, comes back and remixes it; the remix's page credits the original.
        await BrowserAccounts.SignUpAsync(visitor, studio.WebAddress, "Vic Visitor");
        await visitor.GotoAsync(clipPage);
        await visitor.ClickAsync("#remix");
        await Assertions.Expect(visitor.Locator(".workspace[data-interactive=true]")).ToBeVisibleAsync(Slow);
        await Assertions.Expect(visitor.Locator("#remix-of")).ToContainTextAsync(title);
        await Assertions.Expect(visitor.Locator("#prompt")).ToHaveValueAsync("a small yellow star spinning slowly on a black background");
        await visitor.FillAsync("#prompt", "a small yellow star spinning quickly on a black background");
        await GenerateAsync(visitor, prompt: null);
        await visitor.ClickAsync(".player .review-link");
        await Assertions.Expect(visitor.Locator(".clip-review[data-interactive=true]")).ToBeVisibleAsync(Slow);
        await visitor.FillAsync("#publish-title", "Faster star");
        await visitor.ClickAsync("#publish");
        await visitor.ClickAsync("#gallery-link");
        await Assertions.Expect(visitor.Locator("#remixed-from")).ToContainTextAsync(title, new() { Timeout = 30_000 });
        await Assertions.Expect(visitor.Locator("#remixed-from")).ToContainTextAsync("Cora Creator");
        await visitor.ScreenshotAsync(new() { Path = Path.Combine(StudioInBrowser.ArtifactsDirectory, "gallery-remix.png"), Clip = new() { X = 0, Y = 0, Width = 1280, Height = 840 } });

        // The original now lists its remix.
        await visitor.GotoAsync(clipPage);
        await Assertions.Expect(visitor.Locator("#remixes")).ToContainTextAsync("Faster star");
    }

    [Fact]
    public async Task A_share_link_with_a_passphrase_opens_only_with_it()
    {
        await using var ownerBrowser = await studio.Browser.NewContextAsync(Desktop);
        await using var guestBrowser = await studio.Browser.NewContextAsync(Desktop);
        var owner = await ownerBrowser.NewPageAsync();
        var guest = await guestBrowser.NewPageAsync();
        await BrowserAccounts.SignUpAsync(owner, studio.WebAddress, "Sol Sharer");
        await GenerateAsync(owner, "a small green square drifting right on a white background");
        await owner.ClickAsync(".player .review-link");
        await Assertions.Expect(owner.Locator(".clip-review[data-interactive=true]")).ToBeVisibleAsync(Slow);

        await owner.FillAsync("#share-passphrase", "open sesame");
        await owner.ClickAsync("#create-share-link");
        var link = await owner.InputValueAsync("#new-share-link-url");
        Assert.Contains("/s/", link);

        await guest.GotoAsync(link);
        await Assertions.Expect(guest.Locator("#shared-passphrase-form")).ToBeVisibleAsync(Slow);
        await Assertions.Expect(guest.Locator("video.shared-video")).ToHaveCountAsync(0);
        await guest.FillAsync("#shared-passphrase", "open says me");
        await guest.ClickAsync("#open-shared");
        await Assertions.Expect(guest.Locator("#shared-wrong-passphrase")).ToBeVisibleAsync();
        await Assertions.Expect(guest.Locator("video.shared-video")).ToHaveCountAsync(0);

        await guest.FillAsync("#shared-passphrase", "open sesame");
        await guest.ClickAsync("#open-shared");
        await Assertions.Expect(guest.Locator("video.shared-video")).ToBeVisibleAsync(Slow);
        await guest.WaitForFunctionAsync("() => { const v = document.querySelector('video.shared-video'); return v && v.readyState >= 2; }", null, new() { Timeout = 20_000 });
    }

    private static async Task GenerateAsync(IPage page, string? prompt)
    {
        await Assertions.Expect(page.Locator(".workspace[data-interactive=true]")).ToBeVisibleAsync(Slow);
        if (prompt is not null)
            await page.FillAsync("#prompt", prompt);
        await page.FillAsync("#steps", "3");
        await page.ClickAsync("#generate");
        await Assertions.Expect(page.Locator("video#clip-video")).ToBeVisibleAsync(new() { Timeout = 60_000 });
    }
}
