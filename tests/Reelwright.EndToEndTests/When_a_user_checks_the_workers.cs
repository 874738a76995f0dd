using Microsoft.Playwright;
using Xunit;

namespace Reelwright.EndToEndTests;

public sealed class When_a_user_checks_the_workers(StudioInBrowser studio) : IClassFixture<StudioInBrowser>
{
    [Fact]
    public async Task The_workers_page_shows_the_running_worker_on_cpu_with_its_model()
    {
        var page = await studio.Browser.NewPageAsync();
        await BrowserAccounts.SignUpAsync(page, studio.WebAddress);
        await page.ClickAsync("text=Workers");

        // The page refreshes itself; the worker's first report may land a moment after start.
        var row = page.Locator("tr[data-worker^='test-worker-']");
        await Assertions.Expect(row).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(row.Locator(".online")).ToHaveTextAsync("online");
        await Assertions.Expect(row).ToContainTextAsync("using CPU");
        await Assertions.Expect(row.Locator("[data-model='minisora-shapes']")).ToContainTextAsync("✓");
    }
}
