using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Reelwright.PromptBenchmarks;

/// <summary>
/// Keeps the queries EF sends, with their parameter values, while recording is on: the exact SQL an endpoint runs,
/// ready to be explained with the same values. Off during the timed requests, where it only reads one flag.
/// </summary>
public sealed class SqlRecorder : DbCommandInterceptor
{
    private readonly ConcurrentQueue<RecordedCommand> _commands = new();
    private volatile bool _recording;

    public async Task<IReadOnlyList<RecordedCommand>> RecordAsync(Func<Task> request)
    {
        _commands.Clear();
        _recording = true;
        try
        {
            await request();
        }
        finally
        {
            _recording = false;
        }
        return [.. _commands];
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Keep(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Keep(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Keep(DbCommand command)
    {
        if (_recording)
            _commands.Enqueue(new RecordedCommand(command.CommandText, [.. command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone())]));
    }
}

/// <summary>One statement as EF sent it, with copies of its parameters.</summary>
public sealed record RecordedCommand(string Sql, IReadOnlyList<NpgsqlParameter> Parameters);
