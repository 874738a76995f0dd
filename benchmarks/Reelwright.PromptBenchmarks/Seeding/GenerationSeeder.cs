using Npgsql;
using NpgsqlTypes;

namespace Reelwright.PromptBenchmarks.Seeding;

/// <summary>
/// Finished generations with their clips, spread over the teams by their share, over their writers, and evenly over the
/// last six months: the history the keyset pages walk. Ids are version-7 GUIDs of their creation time, as the API makes.
/// </summary>
public static class GenerationSeeder
{
    public const int Generations = 100_000;
    private const double DaysBack = 180;

    /// <param name="occasional">The person who makes a small share of the first team's clips.</param>
    public static async Task SeedAsync(NpgsqlConnection db, Random random, IReadOnlyList<SeededTeam> teams, Guid occasional, DateTimeOffset now)
    {
        var made = new List<(Guid Id, DateTimeOffset CompletedAt, long InferenceMs)>(Generations);
        using (var rows = BinaryCopy.Into(db, "generations",
                   "id", "project_id", "team_id", "author_id", "visibility", "media_access_version", "model_id", "prompt", "negative_prompt", "seed", "steps",
                   "guidance", "total_steps", "priority", "dispatched_at", "dispatch_count", "status", "current_step", "worker_name", "execution_provider",
                   "created_at", "started_at", "completed_at"))
        {
            for (var i = 0; i < Generations; i++)
            {
                var team = SeededTeam.PickByShare(teams, random);
                var created = BinaryCopy.Microseconds(now.AddDays(-DaysBack * random.NextDouble()));
                var started = BinaryCopy.Microseconds(created.AddSeconds(0.5 + 30 * random.NextDouble()));
                var inferenceMs = random.Next(5_000, 40_000);
                var completed = BinaryCopy.Microseconds(started.AddMilliseconds(inferenceMs + 400));
                var id = Guid.CreateVersion7(created);
                made.Add((id, completed, inferenceMs));

                rows.StartRow();
                rows.Write(id, NpgsqlDbType.Uuid);
                rows.Write(team.AnyProject(random), NpgsqlDbType.Uuid);
                rows.Write(team.Id, NpgsqlDbType.Uuid);
                rows.Write(team == teams[0] && random.NextDouble() < StudioCast.OccasionalShare ? occasional : team.AnyWriter(random), NpgsqlDbType.Uuid);
                rows.Write(random.Next(20) switch { 0 => "Public", 1 or 2 => "Private", _ => "Team" }, NpgsqlDbType.Varchar);
                rows.Write(0, NpgsqlDbType.Integer);
                rows.Write("minisora-shapes", NpgsqlDbType.Varchar);
                rows.Write(SeedText.Prompt(random), NpgsqlDbType.Varchar);
                rows.Write(SeedText.Negative(random), NpgsqlDbType.Varchar);
                rows.Write((long)random.Next(), NpgsqlDbType.Bigint);
                rows.Write(20, NpgsqlDbType.Integer);
                rows.Write(7.5, NpgsqlDbType.Double);
                rows.Write(20, NpgsqlDbType.Integer);
                rows.Write("Interactive", NpgsqlDbType.Varchar);
                rows.Write(created.AddMilliseconds(50), NpgsqlDbType.TimestampTz);
                rows.Write(1, NpgsqlDbType.Integer);
                rows.Write("Succeeded", NpgsqlDbType.Varchar);
                rows.Write(20, NpgsqlDbType.Integer);
                rows.Write($"worker-{random.Next(1, 5)}", NpgsqlDbType.Varchar);
                rows.Write("CPUExecutionProvider", NpgsqlDbType.Varchar);
                rows.Write(created, NpgsqlDbType.TimestampTz);
                rows.Write(started, NpgsqlDbType.TimestampTz);
                rows.Write(completed, NpgsqlDbType.TimestampTz);
            }
            await rows.CompleteAsync();
        }

        using (var rows = BinaryCopy.Into(db, "clips",
                   "generation_id", "container", "video_blob", "video_bytes", "video_sha256", "poster_blob", "poster_bytes", "preview_blob", "preview_bytes",
                   "duration_seconds", "frame_count", "fps", "width", "height", "frames_sha256", "model_sha256", "onnx_runtime_version", "execution_provider",
                   "sampler", "inference_ms", "encode_ms", "created_at"))
        {
            foreach (var (id, completed, inferenceMs) in made)
            {
                rows.StartRow();
                rows.Write(id, NpgsqlDbType.Uuid);
                rows.Write("clips", NpgsqlDbType.Varchar);
                rows.Write($"{id:N}/clip.mp4", NpgsqlDbType.Varchar);
                rows.Write((long)random.Next(40_000, 400_000), NpgsqlDbType.Bigint);
                rows.Write(SeedText.Hex(random, 64), NpgsqlDbType.Varchar);
                rows.Write($"{id:N}/poster.png", NpgsqlDbType.Varchar);
                rows.Write((long)random.Next(2_000, 20_000), NpgsqlDbType.Bigint);
                rows.Write($"{id:N}/preview.webp", NpgsqlDbType.Varchar);
                rows.Write((long)random.Next(10_000, 100_000), NpgsqlDbType.Bigint);
                rows.Write(2.0, NpgsqlDbType.Double);
                rows.Write(16, NpgsqlDbType.Integer);
                rows.Write(8, NpgsqlDbType.Integer);
                rows.Write(64, NpgsqlDbType.Integer);
                rows.Write(64, NpgsqlDbType.Integer);
                rows.Write(SeedText.Hex(random, 64), NpgsqlDbType.Varchar);
                rows.Write(SeedText.Hex(random, 64), NpgsqlDbType.Varchar);
                rows.Write("1.31.1", NpgsqlDbType.Varchar);
                rows.Write("CPUExecutionProvider", NpgsqlDbType.Varchar);
                rows.Write("minisora-euler", NpgsqlDbType.Varchar);
                rows.Write((long)inferenceMs, NpgsqlDbType.Bigint);
                rows.Write(400L, NpgsqlDbType.Bigint);
                rows.Write(completed, NpgsqlDbType.TimestampTz);
            }
            await rows.CompleteAsync();
        }
    }
}
