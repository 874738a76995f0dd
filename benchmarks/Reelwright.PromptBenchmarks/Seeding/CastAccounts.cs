using System.Net.Http.Json;
using System.Text.Json;

namespace Reelwright.PromptBenchmarks.Seeding;

/// <summary>The cast's accounts, made and used through the real API (Identity's tables, tokens and all), as the web app does.</summary>
public static class CastAccounts
{
    public static async Task<Dictionary<string, Guid>> SignUpAllAsync(HttpClient api)
    {
        var ids = new Dictionary<string, Guid>();
        foreach (var person in StudioCast.People)
            ids[person] = (await SessionAsync(api, "/api/auth/sign-up", new { email = StudioCast.EmailOf(person), password = StudioCast.Password, displayName = person })).UserId;
        return ids;
    }

    public static Task<SignedInPerson> SignInAsync(HttpClient api, string person) =>
        SessionAsync(api, "/api/auth/sign-in", new { email = StudioCast.EmailOf(person), password = StudioCast.Password });

    private static async Task<SignedInPerson> SessionAsync(HttpClient api, string path, object body)
    {
        using var response = await api.PostAsJsonAsync(path, body);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        using var session = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var user = session.RootElement.GetProperty("user");
        return new SignedInPerson(user.GetProperty("id").GetGuid(), user.GetProperty("displayName").GetString()!, session.RootElement.GetProperty("token").GetString()!);
    }
}
