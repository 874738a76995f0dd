using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Data;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.IntegrationTests.Accounts;

/// <summary>
/// The real API on one test class's isolated PostgreSQL, RabbitMQ and Azurite, without a worker: accounts, teams and
/// rights need no sampling. Each test signs up the people it needs, so tests in a class do not depend on each other.
/// </summary>
public class StudioApiFixture : IAsyncLifetime
{
    public IsolatedStudioResources Resources { get; private set; } = null!;
    public StudioApiFactory Api { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Resources = await IsolatedStudioResources.CreateAsync();
        Api = new StudioApiFactory(Resources);
    }

    /// <summary>A new account, and a client whose every request carries its session token.</summary>
    public async Task<Person> SignUpAsync(string displayName)
    {
        var (client, account) = await Api.CreateSignedInClientAsync(displayName);
        return new Person(client, account);
    }

    /// <summary>A client that sends no token at all, like a browser's &lt;img&gt; or someone who never signed in.</summary>
    public HttpClient Anonymous() => Api.CreateClient();

    /// <summary>A client that sends this bearer token, whatever it is.</summary>
    public HttpClient WithToken(string token)
    {
        var client = Api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Reaches into the studio's database, for what no API call can do (such as letting time pass).</summary>
    public async Task InDatabaseAsync(Func<StudioDbContext, Task> change)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<StudioDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        await Resources.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>Someone signed up on the studio under test, and the client they make their requests with.</summary>
public sealed record Person(HttpClient Client, TestAccount Account) : IDisposable
{
    public Guid Id => Account.UserId;

    public void Dispose() => Client.Dispose();
}
