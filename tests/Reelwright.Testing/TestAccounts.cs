using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Reelwright.Testing;

/// <summary>A person with an account on the studio under test, and the session token their requests carry.</summary>
public sealed record TestAccount(Guid UserId, string Email, string DisplayName, string Token)
{
    public const string Password = "correct horse battery staple";
}

/// <summary>Signs people up through the real API, as the web app does, so tests act as real users.</summary>
public static class TestAccounts
{
    public static async Task<TestAccount> SignUpAsync(HttpClient api, string displayName = "Test User", CancellationToken ct = default)
    {
        var email = $"{displayName.ToLowerInvariant().Replace(' ', '.')}.{Guid.NewGuid():N}@example.test";
        using var response = await api.PostAsJsonAsync("/api/auth/sign-up", new { email, password = TestAccount.Password, displayName }, ct);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Sign-up failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        using var session = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var user = session.RootElement.GetProperty("user");
        return new TestAccount(user.GetProperty("id").GetGuid(), email, displayName, session.RootElement.GetProperty("token").GetString()!);
    }

    /// <summary>Makes every request of this client carry the account's token.</summary>
    public static HttpClient SignedInAs(this HttpClient client, TestAccount account)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", account.Token);
        return client;
    }

    /// <summary>A new account and a client of the in-memory API that acts as it.</summary>
    public static async Task<(HttpClient Client, TestAccount Account)> CreateSignedInClientAsync(this StudioApiFactory api, string displayName = "Test User")
    {
        var client = api.CreateClient();
        var account = await SignUpAsync(client, displayName);
        return (client.SignedInAs(account), account);
    }
}
