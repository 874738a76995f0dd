using Azure.Storage.Blobs;
using Npgsql;

namespace Reelwright.Testing;

/// <summary>
/// A private corner of each real service for one test class: its own PostgreSQL database, RabbitMQ virtual host
/// and blob container, so test classes cannot see each other's jobs and leave nothing behind.
/// </summary>
public sealed class IsolatedStudioResources : IAsyncDisposable
{
    private readonly RabbitMqManagementClient _rabbit = new(LocalServices.RabbitMqManagement);

    private IsolatedStudioResources(string name)
    {
        Name = name;
        DatabaseName = $"rw_test_{name.Replace('-', '_')}";
        VirtualHost = $"rw-test-{name}";
        Container = $"clips-{name}";
        DatabaseConnectionString = new NpgsqlConnectionStringBuilder(LocalServices.PostgresAdmin) { Database = DatabaseName }.ConnectionString;
        RabbitMqUri = new UriBuilder(LocalServices.RabbitMqAmqp) { Path = "/" + Uri.EscapeDataString(VirtualHost) }.Uri.ToString();
    }

    public string Name { get; }
    public string DatabaseName { get; }
    public string VirtualHost { get; }
    public string Container { get; }
    public string DatabaseConnectionString { get; }
    public string RabbitMqUri { get; }
    public string BlobConnectionString => LocalServices.Blobs;

    public BlobContainerClient Blobs => new BlobServiceClient(BlobConnectionString).GetBlobContainerClient(Container);

    public static async Task<IsolatedStudioResources> CreateAsync()
    {
        var resources = new IsolatedStudioResources(Guid.NewGuid().ToString("N")[..12]);
        try
        {
            await using (var admin = new NpgsqlConnection(LocalServices.PostgresAdmin))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{resources.DatabaseName}\"", admin);
                await create.ExecuteNonQueryAsync();
            }
            await resources._rabbit.CreateVirtualHostAsync(resources.VirtualHost, Uri.UnescapeDataString(LocalServices.RabbitMqAmqp.UserInfo.Split(':')[0]));
        }
        catch (Exception e) when (e is NpgsqlException or HttpRequestException)
        {
            throw new InvalidOperationException(
                "The real PostgreSQL and RabbitMQ are needed for these tests; start them with infra/local/services.sh start " +
                $"(or run infra/test.sh, which does). {e.Message}", e);
        }
        return resources;
    }

    public Task<RabbitMqManagementClient.QueueDepth?> GetQueueDepthAsync(string queue) => _rabbit.GetQueueDepthAsync(VirtualHost, queue);

    public async ValueTask DisposeAsync()
    {
        await Blobs.DeleteIfExistsAsync();
        await _rabbit.DeleteVirtualHostAsync(VirtualHost);
        _rabbit.Dispose();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(LocalServices.PostgresAdmin);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", admin);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await drop.ExecuteNonQueryAsync();
                return;
            }
            // FORCE cannot end a session of another role: after a test that wrote a lot, autovacuum may be working in the
            // database for a moment. Seen once in CI; it is gone within a second.
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 20)
            {
                await Task.Delay(500);
            }
        }
    }
}
