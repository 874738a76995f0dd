namespace Reelwright.PromptBenchmarks;

/// <summary>What the command line asked for (infra/prompt-benchmark.sh passes its arguments through).</summary>
/// <param name="SeedOnly">Seed an isolated database, keep it and print its name; measure nothing.</param>
/// <param name="Database">Measure against a database an earlier --seed-only left, instead of seeding a new one.</param>
/// <param name="Requests">Timed requests per query, after the warm-up.</param>
public sealed record BenchmarkOptions(bool SeedOnly, string? Database, int Requests)
{
    public const string Usage = """
        Usage: prompt-benchmark.sh [--seed-only] [--database NAME] [--requests N]
          --seed-only      seed an isolated database with the prompt store's data, keep it, print its name, measure nothing
          --database NAME  measure against a database --seed-only left (skips seeding; drop it yourself afterwards)
          --requests N     timed requests per query after the warm-up (default 500)
        """;

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions(SeedOnly: false, Database: null, Requests: 500);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--seed-only" => options with { SeedOnly = true },
                "--database" when i + 1 < args.Length => options with { Database = args[++i] },
                "--requests" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n > 0 => options with { Requests = int.Parse(args[++i]) },
                _ => throw new ArgumentException($"Unknown or incomplete argument '{args[i]}'.\n{Usage}"),
            };
        }
        if (options.SeedOnly && options.Database is not null)
            throw new ArgumentException($"--seed-only makes a new database; --database measures an existing one: pick one.\n{Usage}");
        return options;
    }
}
