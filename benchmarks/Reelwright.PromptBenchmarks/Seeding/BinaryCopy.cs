using Npgsql;
using NpgsqlTypes;

namespace Reelwright.PromptBenchmarks.Seeding;

/// <summary>Small helpers over Npgsql's binary COPY, the fast way to load 100,000s of rows (EF would take minutes).</summary>
public static class BinaryCopy
{
    public static NpgsqlBinaryImporter Into(NpgsqlConnection connection, string table, params string[] columns) =>
        connection.BeginBinaryImport($"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)");

    public static void WriteOrNull<T>(this NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } v)
            importer.Write(v, type);
        else
            importer.WriteNull();
    }

    public static void WriteOrNull(this NpgsqlBinaryImporter importer, string? value, NpgsqlDbType type)
    {
        if (value is not null)
            importer.Write(value, type);
        else
            importer.WriteNull();
    }

    /// <summary>PostgreSQL keeps microseconds: times are cut to them, so what is written is what is read back.</summary>
    public static DateTimeOffset Microseconds(DateTimeOffset time) => new(time.UtcTicks - time.UtcTicks % 10, TimeSpan.Zero);
}
