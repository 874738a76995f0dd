using Microsoft.Playwright;
using Xunit;

namespace Reelwright.EndToEndTests;

/// <summary>
/// A prompt engineer writes a prompt, saves a second version, diffs the two, sweeps the second over seed × guidance,
/// watches the contact sheet fill, and opens two of its cells side by side.
/// </summary>
public sealed class When_a_prompt_engineer_sweeps_versions(StudioInBrowser studio) : IClassFixture<StudioInBrowser>
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 30_000 };

    [Fact]
    public async Task Two_versions_diff_and_a_two_by_two_sweep_fills_its_contact_sheet_and_opens_in_compare()
    {
        var page = await studio.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1000 } });
        await BrowserAccounts.SignUpAsync(page, studio.WebAddress, "Petra Prompter");

        // Write a prompt.
        await page.GotoAsync(new Uri(studio.WebAddress, "/prompts").ToString());
        await page.ClickAsync("#new-prompt");
        await page.FillAsync("#new-name", "Drifting circle");
        await page.FillAsync("#new-text", "a small red circle moving left on a blue background");
        await page.ClickAsync("#create-prompt");
        await Assertions.Expect(page.Locator("#version-tree li[data-version='1']")).ToBeVisibleAsync(Slow);

        // Save a second version from the first.
        await page.Locator("#version-tree li[data-version='1'] > .node .edit-from").ClickAsync();
        await page.FillAsync("#edit-text", "a small green circle moving left on a blue background");
        await page.FillAsync("#edit-message", "try green");
        await page.ClickAsync("#save-version");
        await Assertions.Expect(page.Locator("#version-tree li[data-version='2']")).ToBeVisibleAsync(Slow);

        // Diff them: the changed word reads deleted, then inserted.
        await page.Locator("#version-tree li[data-version='1'] > .node .pick-from").CheckAsync();
        await page.Locator("#version-tree li[data-version='2'] > .node .pick-to").CheckAsync();
        await page.ClickAsync("#show-diff");
        await Assertions.Expect(page.Locator("#prompt-diff del").First).ToHaveTextAsync("red");
        await Assertions.Expect(page.Locator("#prompt-diff ins").First).ToHaveTextAsync("green");

        // Sweep version 2 over two seeds and two guidance values.
        await page.Locator("#version-tree li[data-version='2'] > .node .sweep").ClickAsync();
        await Assertions.Expect(page.Locator("#create-sweep")).ToBeEnabledAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#prompt-versions")).ToHaveValueAsync("2");
        await page.FillAsync("#seeds", "1, 2");
        await page.FillAsync("#guidance", "1, 3");
        await page.FillAsync("#steps", "2");
        await page.ClickAsync("#create-sweep");

        // The contact sheet: seed by guidance, filling as the four clips finish.
        await Assertions.Expect(page.Locator(".contact-sheet")).ToBeVisibleAsync(Slow);
        await Assertions.Expect(page.Locator("figure.cell")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("figure.cell[data-status='Succeeded'] video")).ToHaveCountAsync(4, new() { Timeout = 120_000 });
        await Assertions.Expect(page.Locator(".sheet tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".sheet thead th[data-column]")).ToHaveCountAsync(2);
        await page.ScreenshotAsync(new() { Path = Path.Combine(StudioInBrowser.ArtifactsDirectory, "contact-sheet.png"), Clip = new() { X = 0, Y = 0, Width = 1280, Height = 680 } });

        // Two cells side by side, under one transport.
        var picks = page.Locator("figure.cell .compare-pick");
        await picks.Nth(0).CheckAsync();
        await picks.Nth(3).CheckAsync();
        await page.ClickAsync("#compare-link");
        await Assertions.Expect(page.Locator(".clip-comparison[data-interactive=true]")).ToBeVisibleAsync(Slow);
        await Assertions.Expect(page.Locator("#compare-a")).ToBeVisibleAsync(Slow);
        await Assertions.Expect(page.Locator("#compare-b")).ToBeVisibleAsync();
        await page.ClickAsync("#step-forward");
        await page.ClickAsync("#step-forward");
        await Assertions.Expect(page.Locator("#frame-readout")).ToContainTextAsync("Frame 3");
        // Both videos stand on the same frame, past the first.
        await page.WaitForFunctionAsync("""
            () => { const v = [...document.querySelectorAll('#compare-a video, #compare-b video')];
                    return v.length === 2 && v[0].currentTime > 0 && Math.abs(v[0].currentTime - v[1].currentTime) < 0.001; }
            """, null, new() { Timeout = 10_000 });
        await page.ClickAsync("#mode-wipe");
        await page.Locator("#wipe").FillAsync("30");
        await Assertions.Expect(page.Locator("#compare-a")).ToHaveAttributeAsync("style", new System.Text.RegularExpressions.Regex("inset\\(0(px)? 70%"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(StudioInBrowser.ArtifactsDirectory, "compare.png") });
    }
}
