using Npgsql;

namespace Reelwright.PromptBenchmarks;

/// <summary>
/// Indexes this benchmark suggests, created by hand in the benchmark's database only (--extra-index) to show their
/// before/after figures. Not a migration: the lead adds the one that earns its place, and then it leaves this list.
/// </summary>
public static class CandidateIndexes
{
    /// <summary>One person's clips, newest first, page by page: the authorId filter's keyset.</summary>
    public const string GenerationsByAuthor =
        "CREATE INDEX IF NOT EXISTS ix_bench_generations_author_created_id ON generations (author_id, created_at DESC, id DESC)";

    public static readonly string[] All = [GenerationsByAuthor];

    public static async Task CreateAsync(PromptStudio studio)
    {
        await using var db = await studio.OpenDatabaseAsync();
        foreach (var statement in All.Append("ANALYZE generations"))
        {
            Console.WriteLine($"--extra-index: {statement}");
            await using var command = new NpgsqlCommand(statement, db) { CommandTimeout = 600 };
            await command.ExecuteNonQueryAsync();
        }
    }
}
