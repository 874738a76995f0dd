using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Reelwright.PromptBenchmarks.Seeding;

namespace Reelwright.PromptBenchmarks;

/// <summary>
/// The SQL GET /api/generations?authorId= will send once the filter lands on main, written by hand: the statement EF
/// sends today (see its plan above) with "AND author_id = @author" added. Timed on its own, page after page, and
/// explained, for a prolific author (Ada), a rare one (Ivy) and one whose clips are almost all in a team the caller is
/// not in (Eli): the cases where an author filter without its own index would have to walk most of the history.
/// </summary>
public static class AuthorFilterProjection
{
    private const int PagesDeep = 10;

    // As EF does, the first page leaves the cursor condition out rather than passing nulls.
    private static string Page(bool afterCursor) => $"""
        SELECT g0.*, c.*, u.id, u.display_name
        FROM (
            SELECT g.* FROM generations AS g
            WHERE g.team_id = ANY (@teams) AND (g.visibility <> 'Private' OR g.author_id = @user) AND g.author_id = @author{(afterCursor ? """

              AND (g.created_at, g.id) < (@after_created_at, @after_id)
            """ : "")}
            ORDER BY g.created_at DESC, g.id DESC
            LIMIT 21
        ) AS g0
        LEFT JOIN clips AS c ON g0.id = c.generation_id
        LEFT JOIN users AS u ON g0.author_id = u.id
        ORDER BY g0.created_at DESC, g0.id DESC
        """;

    public static async Task PrintAsync(PromptStudio studio, BenchTargets targets, int requests)
    {
        await using var db = await studio.OpenDatabaseAsync();
        var teams = await TeamsOfAsync(db, targets.Person.UserId);
        Console.WriteLine();
        Console.WriteLine("=== The authorId filter, projected: today's statement plus AND author_id = @author, SQL alone (no HTTP)");
        (string Whose, Guid Author)[] authors =
            [(targets.Person.Name, targets.Person.UserId), (StudioCast.OccasionalPerson, targets.OccasionalUserId), ("Eli", await UserIdAsync(db, "Eli"))];
        foreach (var (whose, author) in authors)
        {
            var millis = new List<double>();
            (DateTimeOffset, Guid)? after = null;
            for (var i = 0; i < requests; i++)
            {
                if (i % PagesDeep == 0)
                    after = null;
                var clock = Stopwatch.StartNew();
                after = await LastRowAsync(Command(db, teams, targets.Person.UserId, author, after));
                millis.Add(clock.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"{whose}'s clips, pages 1-{PagesDeep}: p50 {F(Statistics.Percentile(millis, 50))} ms, p99 {F(Statistics.Percentile(millis, 99))} ms, " +
                              $"max {F(millis.Max())} ms over {requests} pages");
        }

        foreach (var (whose, author) in authors)
        {
            Console.WriteLine();
            Console.WriteLine($"--- {whose}'s clips, first page");
            await using var command = Command(db, teams, targets.Person.UserId, author, after: null);
            await QueryPlans.PrintAsync(db, command.CommandText, command.Parameters.ToList());
        }
    }

    private static NpgsqlCommand Command(NpgsqlConnection db, Guid[] teams, Guid user, Guid author, (DateTimeOffset CreatedAt, Guid Id)? after)
    {
        var command = new NpgsqlCommand(Page(after is not null), db);
        command.Parameters.AddWithValue("teams", teams);
        command.Parameters.AddWithValue("user", user);
        command.Parameters.AddWithValue("author", author);
        if (after is { } cursor)
        {
            command.Parameters.Add(new NpgsqlParameter("after_created_at", NpgsqlDbType.TimestampTz) { Value = cursor.CreatedAt });
            command.Parameters.AddWithValue("after_id", cursor.Id);
        }
        return command;
    }

    /// <summary>Runs one page and returns its last row's keyset, the next page's cursor (null at the end).</summary>
    private static async Task<(DateTimeOffset, Guid)?> LastRowAsync(NpgsqlCommand command)
    {
        await using (command)
        await using (var rows = await command.ExecuteReaderAsync())
        {
            (DateTimeOffset, Guid)? last = null;
            var count = 0;
            while (await rows.ReadAsync())
            {
                if (++count <= 20)
                    last = (rows.GetFieldValue<DateTimeOffset>(rows.GetOrdinal("created_at")), rows.GetGuid(rows.GetOrdinal("id")));
            }
            return count > 20 ? last : null;
        }
    }

    private static async Task<Guid> UserIdAsync(NpgsqlConnection db, string person)
    {
        await using var command = new NpgsqlCommand("SELECT id FROM users WHERE email = @email", db);
        command.Parameters.AddWithValue("email", StudioCast.EmailOf(person));
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<Guid[]> TeamsOfAsync(NpgsqlConnection db, Guid user)
    {
        await using var command = new NpgsqlCommand("SELECT team_id FROM team_members WHERE user_id = @user", db);
        command.Parameters.AddWithValue("user", user);
        var teams = new List<Guid>();
        await using var rows = await command.ExecuteReaderAsync();
        while (await rows.ReadAsync())
            teams.Add(rows.GetGuid(0));
        return [.. teams];
    }

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
