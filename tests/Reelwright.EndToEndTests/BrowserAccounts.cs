using Microsoft.Playwright;
using Reelwright.Testing;

namespace Reelwright.EndToEndTests;

/// <summary>Signs people up through the web app's own form, as a newcomer would.</summary>
public static class BrowserAccounts
{
    /// <summary>Opens the sign-up page, creates an account and waits for the workspace it lands on.</summary>
    public static async Task<string> SignUpAsync(IPage page, Uri webAddress, string displayName = "Test User")
    {
        var email = $"{displayName.ToLowerInvariant().Replace(' ', '.')}.{Guid.NewGuid():N}@example.test";
        await page.GotoAsync(new Uri(webAddress, "/sign-up").ToString());
        await page.FillAsync("#display-name", displayName);
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", TestAccount.Password);
        await page.ClickAsync("#sign-up");
        await Assertions.Expect(page.Locator(".workspace")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        return email;
    }
}
