using Npgsql;

namespace Reelwright.PromptBenchmarks;

/// <summary>
/// Prints, for one request of a query, every statement EF sent and its EXPLAIN (ANALYZE, BUFFERS) with the same
/// parameter values: the plans behind the figures. Writes (a token's last-used time) are shown but not run again.
/// </summary>
public static class QueryPlans
{
    /// <param name="requestsFirst">Requests made before the one recorded, e.g. to explain a page several pages deep.</param>
    public static async Task PrintAsync(PromptStudio studio, HttpClient client, MeasuredQuery query, int requestsFirst = 0)
    {
        for (var i = 0; i < requestsFirst; i++)
            await LatencyMeter.RequestAsync(client, query);
        var commands = await studio.Sql.RecordAsync(() => LatencyMeter.RequestAsync(client, query));
        Console.WriteLine();
        Console.WriteLine($"=== {query.Name}: the {commands.Count} statements of one request ({query.LastPath})");
        await using var db = await studio.OpenDatabaseAsync();
        foreach (var command in commands)
            await PrintAsync(db, command.Sql, command.Parameters);
    }

    public static async Task PrintAsync(NpgsqlConnection db, string sql, IReadOnlyList<NpgsqlParameter> parameters)
    {
        Console.WriteLine();
        Console.WriteLine(sql);
        foreach (var p in parameters)
            Console.WriteLine($"  -- {p.ParameterName} = {Show(p.Value)}");
        if (!sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
        {
            Console.WriteLine("  (a write: not explained, ANALYZE would run it again)");
            return;
        }
        await using var explain = new NpgsqlCommand($"EXPLAIN (ANALYZE, BUFFERS) {sql}", db);
        foreach (var p in parameters)
            explain.Parameters.Add(p.Clone());
        await using var plan = await explain.ExecuteReaderAsync();
        while (await plan.ReadAsync())
            Console.WriteLine($"  | {plan.GetString(0)}");
    }

    private static string Show(object? value) => value switch
    {
        null or DBNull => "NULL",
        System.Collections.IEnumerable list and not string => $"{{{string.Join(", ", list.Cast<object>())}}}",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
