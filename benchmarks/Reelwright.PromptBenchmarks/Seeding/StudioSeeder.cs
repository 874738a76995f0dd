using System.Diagnostics;
using Npgsql;

namespace Reelwright.PromptBenchmarks.Seeding;

/// <summary>
/// Fills a studio's empty database with the prompt store's benchmark data: the cast signed up through the API, their
/// shared teams, 2,000 prompts holding 100,000 versions, and 100,000 finished generations with clips, all by binary
/// COPY. The same seed gives the same data, so runs compare.
/// </summary>
public static class StudioSeeder
{
    private const int RandomSeed = 20261125;

    public static async Task SeedAsync(PromptStudio studio)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(RandomSeed);
        var now = BinaryCopy.Microseconds(DateTimeOffset.UtcNow);

        using (var api = studio.CreateClient())
        {
            var userIds = await CastAccounts.SignUpAllAsync(api);
            var accounts = clock.Elapsed;
            await using var db = await studio.OpenDatabaseAsync();
            var teams = await TeamSeeder.SeedAsync(db, userIds, now.AddDays(-200));
            await PromptSeeder.SeedAsync(db, random, teams, userIds[StudioCast.MeasuredPerson], now);
            var prompts = clock.Elapsed;
            await GenerationSeeder.SeedAsync(db, random, teams, userIds[StudioCast.OccasionalPerson], now);
            var generations = clock.Elapsed;
            // Fresh statistics and a set visibility map, as a database in use would have: without them the planner guesses.
            await using (var vacuum = new NpgsqlCommand("VACUUM ANALYZE", db))
            {
                vacuum.CommandTimeout = 600;
                await vacuum.ExecuteNonQueryAsync();
            }
            Console.WriteLine($"Seeded {studio.DatabaseName} in {clock.Elapsed.TotalSeconds:0.0} s: {StudioCast.People.Length} people signed up through the API " +
                              $"({accounts.TotalSeconds:0.0} s), {PromptSeeder.Prompts:N0} prompts with {PromptSeeder.Versions:N0} versions " +
                              $"({(prompts - accounts).TotalSeconds:0.0} s), {GenerationSeeder.Generations:N0} generations with clips " +
                              $"({(generations - prompts).TotalSeconds:0.0} s), then VACUUM ANALYZE ({(clock.Elapsed - generations).TotalSeconds:0.0} s).");
        }
    }
}
