using Npgsql;
using NpgsqlTypes;

namespace Reelwright.PromptBenchmarks.Seeding;

/// <summary>
/// Prompts with their version trees, labels and recorded label moves. Most saves continue from the latest version;
/// about one in five starts from an older one, so trees branch. Every prompt has a draft label on its latest version,
/// most a candidate, half an approved one, each moved a few times (the hot prompt's approved label 40 times).
/// </summary>
public static class PromptSeeder
{
    public const int Prompts = 2_000;
    public const int Versions = 100_000;
    public const int HotVersions = 500;
    private const int LongPrompts = 20;
    private const int HotApprovedMoves = 40;

    public static async Task SeedAsync(NpgsqlConnection db, Random random, IReadOnlyList<SeededTeam> teams, Guid hotAuthor, DateTimeOffset now)
    {
        var counts = VersionCounts.Spread(random, Prompts, Versions, HotVersions, LongPrompts);
        var prompts = counts.Select((n, i) => Plan(random, teams, i, n, hotAuthor, now)).ToList();
        await WritePromptsAsync(db, prompts);

        var labels = new List<LabelRow>();
        var moves = new List<MoveRow>();
        using (var rows = BinaryCopy.Into(db, "prompt_versions",
                   "id", "prompt_id", "number", "parent_number", "text", "negative_text", "model_id", "seed", "steps", "guidance", "message", "author_id", "created_at"))
        {
            foreach (var prompt in prompts)
            {
                var times = VersionTimes(prompt, now);
                for (var number = 1; number <= prompt.Versions; number++)
                {
                    rows.StartRow();
                    rows.Write(Guid.CreateVersion7(times[number]), NpgsqlDbType.Uuid);
                    rows.Write(prompt.Id, NpgsqlDbType.Uuid);
                    rows.Write(number, NpgsqlDbType.Integer);
                    rows.WriteOrNull(number == 1 ? (int?)null : random.Next(5) == 0 ? random.Next(1, number) : number - 1, NpgsqlDbType.Integer);
                    rows.Write(SeedText.Prompt(random), NpgsqlDbType.Varchar);
                    rows.Write(SeedText.Negative(random), NpgsqlDbType.Varchar);
                    rows.Write("minisora-shapes", NpgsqlDbType.Varchar);
                    rows.WriteOrNull(random.Next(2) == 0 ? null : (long?)random.Next(), NpgsqlDbType.Bigint);
                    rows.WriteOrNull(random.Next(2) == 0 ? null : (int?)random.Next(10, 41), NpgsqlDbType.Integer);
                    rows.WriteOrNull(random.Next(2) == 0 ? null : (double?)(5 + random.Next(10) / 2.0), NpgsqlDbType.Double);
                    rows.WriteOrNull(SeedText.Message(random), NpgsqlDbType.Varchar);
                    rows.Write(number == 1 ? prompt.AuthorId : prompt.Team.AnyWriter(random), NpgsqlDbType.Uuid);
                    rows.Write(times[number], NpgsqlDbType.TimestampTz);
                }
                PlanLabels(random, prompt, isHot: prompt == prompts[0], times, labels, moves);
            }
            await rows.CompleteAsync();
        }
        await WriteLabelsAsync(db, labels, moves);
    }

    private static SeededPrompt Plan(Random random, IReadOnlyList<SeededTeam> teams, int index, int versions, Guid hotAuthor, DateTimeOffset now)
    {
        // The hot prompt: the measured person's, in their own team, started months ago and saved 500 times since.
        if (index == 0)
        {
            var created = BinaryCopy.Microseconds(now.AddDays(-170));
            return new SeededPrompt(Guid.CreateVersion7(created), teams[0], teams[0].ProjectIds[0], hotAuthor, "Team", created, versions);
        }
        var team = SeededTeam.PickByShare(teams, random);
        var createdAt = BinaryCopy.Microseconds(now.AddDays(-180 * random.NextDouble()));
        var visibility = random.Next(20) switch { 0 => "Private", 1 => "Public", _ => "Team" };
        return new SeededPrompt(Guid.CreateVersion7(createdAt), team, team.AnyProject(random), team.AnyWriter(random), visibility, createdAt, versions);
    }

    /// <summary>Version n's save time (index 1..n), evenly between the prompt's start and now.</summary>
    private static DateTimeOffset[] VersionTimes(SeededPrompt prompt, DateTimeOffset now)
    {
        var span = now - prompt.CreatedAt;
        return [.. Enumerable.Range(0, prompt.Versions + 1).Select(n => BinaryCopy.Microseconds(prompt.CreatedAt + span * (n == 0 ? 0 : (n - 1.0) / prompt.Versions)))];
    }

    private static void PlanLabels(Random random, SeededPrompt prompt, bool isHot, DateTimeOffset[] times, List<LabelRow> labels, List<MoveRow> moves)
    {
        Label("draft", random.Next(1, 6), endOnLatest: true);
        if (random.Next(10) < 6)
            Label("candidate", random.Next(1, 6), endOnLatest: false);
        if (isHot || random.Next(2) == 0)
            Label("approved", isHot ? HotApprovedMoves : random.Next(1, 6), endOnLatest: false);

        void Label(string name, int moveCount, bool endOnLatest)
        {
            var targets = Enumerable.Range(1, prompt.Versions).OrderBy(_ => random.Next()).Take(Math.Min(moveCount, prompt.Versions)).Order().ToList();
            if (endOnLatest && targets[^1] != prompt.Versions)
                targets[^1] = prompt.Versions;
            int? from = null;
            var moved = DateTimeOffset.MinValue;
            var by = Guid.Empty;
            foreach (var to in targets)
            {
                // A label is moved onto a version a little after it is saved.
                moved = times[to].AddSeconds(1);
                by = prompt.Team.AnyWriter(random);
                moves.Add(new MoveRow(Guid.CreateVersion7(moved), prompt.Id, name, from, to, by, moved));
                from = to;
            }
            labels.Add(new LabelRow(prompt.Id, name, targets[^1], by, moved));
        }
    }

    private static async Task WritePromptsAsync(NpgsqlConnection db, IReadOnlyList<SeededPrompt> prompts)
    {
        using var rows = BinaryCopy.Into(db, "prompts", "id", "project_id", "team_id", "author_id", "name", "visibility", "created_at", "last_version");
        foreach (var (prompt, i) in prompts.Select((p, i) => (p, i)))
        {
            rows.StartRow();
            rows.Write(prompt.Id, NpgsqlDbType.Uuid);
            rows.Write(prompt.ProjectId, NpgsqlDbType.Uuid);
            rows.Write(prompt.Team.Id, NpgsqlDbType.Uuid);
            rows.Write(prompt.AuthorId, NpgsqlDbType.Uuid);
            rows.Write(i == 0 ? "Hot: lighthouse trailer opener" : $"Prompt {i}", NpgsqlDbType.Varchar);
            rows.Write(prompt.Visibility, NpgsqlDbType.Varchar);
            rows.Write(prompt.CreatedAt, NpgsqlDbType.TimestampTz);
            rows.Write(prompt.Versions, NpgsqlDbType.Integer);
        }
        await rows.CompleteAsync();
    }

    private static async Task WriteLabelsAsync(NpgsqlConnection db, IReadOnlyList<LabelRow> labels, IReadOnlyList<MoveRow> moves)
    {
        using (var rows = BinaryCopy.Into(db, "prompt_labels", "prompt_id", "name", "version_number", "moved_by", "moved_at"))
        {
            foreach (var label in labels)
            {
                rows.StartRow();
                rows.Write(label.PromptId, NpgsqlDbType.Uuid);
                rows.Write(label.Name, NpgsqlDbType.Varchar);
                rows.Write(label.Version, NpgsqlDbType.Integer);
                rows.Write(label.MovedBy, NpgsqlDbType.Uuid);
                rows.Write(label.MovedAt, NpgsqlDbType.TimestampTz);
            }
            await rows.CompleteAsync();
        }
        using (var rows = BinaryCopy.Into(db, "prompt_label_moves", "id", "prompt_id", "label", "from_version", "to_version", "moved_by", "moved_at"))
        {
            foreach (var move in moves)
            {
                rows.StartRow();
                rows.Write(move.Id, NpgsqlDbType.Uuid);
                rows.Write(move.PromptId, NpgsqlDbType.Uuid);
                rows.Write(move.Label, NpgsqlDbType.Varchar);
                rows.WriteOrNull(move.From, NpgsqlDbType.Integer);
                rows.Write(move.To, NpgsqlDbType.Integer);
                rows.Write(move.MovedBy, NpgsqlDbType.Uuid);
                rows.Write(move.MovedAt, NpgsqlDbType.TimestampTz);
            }
            await rows.CompleteAsync();
        }
    }

    private sealed record LabelRow(Guid PromptId, string Name, int Version, Guid MovedBy, DateTimeOffset MovedAt);

    private sealed record MoveRow(Guid Id, Guid PromptId, string Label, int? From, int To, Guid MovedBy, DateTimeOffset MovedAt);
}
