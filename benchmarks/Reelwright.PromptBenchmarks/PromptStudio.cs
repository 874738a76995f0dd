using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Reelwright.Data;
using Reelwright.Testing;

namespace Reelwright.PromptBenchmarks;

/// <summary>
/// The real Studio API in process, on a database of its own: a fresh one per run (seeded here), a kept one from
/// --seed-only, or the one --database names. EF's commands pass through a <see cref="SqlRecorder"/> so the plans
/// printed are those of the SQL the endpoints really send.
/// </summary>
public sealed class PromptStudio : IAsyncDisposable
{
    // The figures are the output: per-request logs, the dispatcher's, outbox's and webhooks' polling would only compete
    // for the cores and show up in the recorded SQL. None of them serves the reads measured here.
    private static readonly Dictionary<string, string?> ReadsOnly = new()
    {
        ["Logging:LogLevel:Default"] = "Error",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "None",
        ["Dispatcher:Enabled"] = "false",
        ["Outbox:RelayEnabled"] = "false",
        ["Webhooks:SenderEnabled"] = "false",
    };

    private readonly IsolatedStudioResources _resources;
    private readonly IAsyncDisposable _api;
    private readonly Func<HttpClient> _createClient;

    private PromptStudio(IsolatedStudioResources resources, IAsyncDisposable api, Func<HttpClient> createClient, string databaseName, SqlRecorder sql)
    {
        _resources = resources;
        _api = api;
        _createClient = createClient;
        DatabaseName = databaseName;
        DatabaseConnectionString = new NpgsqlConnectionStringBuilder(LocalServices.PostgresAdmin) { Database = databaseName }.ConnectionString;
        Sql = sql;
    }

    public string DatabaseName { get; }

    public string DatabaseConnectionString { get; }

    public SqlRecorder Sql { get; }

    /// <param name="databaseName">A database to use instead of the run's isolated one; created (empty) when create is set.</param>
    public static async Task<PromptStudio> StartAsync(string? databaseName = null, bool create = false)
    {
        var resources = await IsolatedStudioResources.CreateAsync();
        var settings = new Dictionary<string, string?>(ReadsOnly);
        if (databaseName is not null)
        {
            if (create)
                await CreateDatabaseAsync(databaseName);
            settings["ConnectionStrings:Studio"] = new NpgsqlConnectionStringBuilder(LocalServices.PostgresAdmin) { Database = databaseName }.ConnectionString;
        }

        var sql = new SqlRecorder();
        var api = new StudioApiFactory(resources, settings)
            .WithWebHostBuilder(host => host.ConfigureTestServices(services => services.ConfigureDbContext<StudioDbContext>(db => db.AddInterceptors(sql))));
        var studio = new PromptStudio(resources, api, api.CreateClient, databaseName ?? resources.DatabaseName, sql);
        // The first client starts the host, which applies the migrations: the tables exist from here on.
        studio.CreateClient().Dispose();
        return studio;
    }

    public HttpClient CreateClient() => _createClient();

    public async Task<NpgsqlConnection> OpenDatabaseAsync()
    {
        var connection = new NpgsqlConnection(DatabaseConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await _api.DisposeAsync();
        // Drops the run's isolated database; a kept or named one is left as it is.
        await _resources.DisposeAsync();
    }

    private static async Task CreateDatabaseAsync(string name)
    {
        await using var admin = new NpgsqlConnection(LocalServices.PostgresAdmin);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
        await command.ExecuteNonQueryAsync();
    }
}
