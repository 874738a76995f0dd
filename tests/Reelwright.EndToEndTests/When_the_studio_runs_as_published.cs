using Microsoft.Playwright;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.EndToEndTests;

/// <summary>
/// The web app as infra/up.sh runs it (published, Production) must look and work like the one the other browser
/// tests drive in Development: its stylesheet and blazor.web.js are served, and the page becomes interactive.
/// </summary>
public sealed class When_the_studio_runs_as_published : IAsyncLifetime
{
    private IsolatedStudioResources _resources = null!;
    private StudioApiFactory _api = null!;
    private PublishedWebApp _web = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async ValueTask InitializeAsync()
    {
        _resources = await IsolatedStudioResources.CreateAsync();
        _api = new StudioApiFactory(_resources);
        _web = await PublishedWebApp.StartAsync(_api.StartOnKestrel(), TestContext.Current.CancellationToken);
        _playwright = await Playwright.CreateAsync();
        _browser = await DebianChromium.LaunchAsync(_playwright);
    }

    [Fact]
    public async Task A_newcomer_signs_up_and_the_workspace_is_styled_and_becomes_interactive()
    {
        var page = await _browser.NewPageAsync();
        var failed = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
                failed.Add($"{response.Status} {response.Url}");
        };

        // Signing up posts the static sign-up form, with its antiforgery token, to the published app.
        await BrowserAccounts.SignUpAsync(page, _web.Address);

        await Assertions.Expect(page.Locator(".workspace[data-interactive=true]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.Equal("rgb(21, 22, 26)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        await Assertions.Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        Assert.Empty(failed);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _web.DisposeAsync();
        await _api.DisposeAsync();
        await _resources.DisposeAsync();
    }
}
