using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace SocialRiskBot.Storage.Tables.Sqlite;

/// <summary>
/// One table in the SQLite file. Every write runs on the database's single writer, so "check the ETag, then
/// write" needs no extra locking; a batch is one IMMEDIATE transaction.
/// </summary>
internal sealed class SqliteTable : ITable
{
    private const int PageSize = 256;

    private readonly SqliteDatabase database;
    private readonly TimeProvider timeProvider;
    private readonly SqliteTableStatements sql;

    public SqliteTable(string name, SqliteDatabase database, TimeProvider timeProvider)
    {
        Name = name;
        this.database = database;
        this.timeProvider = timeProvider;
        sql = new SqliteTableStatements(name);
    }

    public string Name { get; }

    internal string CreateSql => sql.Create;

    public Task<TableRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<TableRow?>(cancellationToken);
        }

        // Microsoft.Data.Sqlite is synchronous underneath; a point read takes microseconds, so it runs inline
        // and failures still arrive as a faulted task like every other method's.
        try
        {
            TableRules.ValidateKeys(partitionKey, rowKey);
            return Task.FromResult(database.Read((Table: this, partitionKey, rowKey), static (s, a) => a.Table.Get(s, a.partitionKey, a.rowKey)));
        }
        catch (StorageException e)
        {
            return Task.FromException<TableRow?>(e);
        }
    }

    public Task<string> AddAsync(TableRow row, CancellationToken cancellationToken) =>
        WriteOneAsync(TableOperation.Add(row), cancellationToken);

    public Task<string> UpdateAsync(TableRow row, CancellationToken cancellationToken) =>
        WriteOneAsync(TableOperation.Update(row), cancellationToken);

    public Task<string> UpsertAsync(TableRow row, CancellationToken cancellationToken) =>
        WriteOneAsync(TableOperation.Upsert(row), cancellationToken);

    public Task DeleteAsync(string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken) =>
        WriteOneAsync(TableOperation.Delete(new TableRow(partitionKey, rowKey) { ETag = etag }), cancellationToken);

    public async Task<IReadOnlyList<string?>> SubmitBatchAsync(IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken)
    {
        TableRules.ValidateBatch(operations);
        return operations.Count == 0
            ? []
            : await database.WriteAsync((Table: this, operations), static (s, a) => a.Table.ApplyBatch(s, a.operations), cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<TableRow> QueryAsync(
        string partitionKey, string? fromRowKey, string? toRowKey, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        TableRules.ValidateKeys(partitionKey, string.Empty);

        // Pages keyed on the last row key: no connection is held while the caller works through the rows.
        var range = new SqliteRange(partitionKey, fromRowKey ?? string.Empty, toRowKey, After: false);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = database.Read((Table: this, range), static (s, a) => a.Table.ReadPage(s, a.range));
            foreach (var row in page)
            {
                yield return row;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            range = range with { From = page[^1].RowKey, After = true };

            // A long scan gives the thread back between pages instead of monopolising it.
            await Task.Yield();
        }
    }

    private static string NewETag() => $"W/\"{Guid.NewGuid():N}\"";

    private async Task<string> WriteOneAsync(TableOperation operation, CancellationToken cancellationToken)
    {
        TableRules.ValidateRow(operation.Row);
        var etag = await database.WriteAsync((Table: this, operation), static (s, a) => a.Table.Apply(s, a.operation), cancellationToken)
            .ConfigureAwait(false);
        return etag!;
    }

    /// <summary>Runs in one savepoint of the writer's transaction: when an operation fails, none of the batch is written.</summary>
    private IReadOnlyList<string?> ApplyBatch(SqliteSession session, IReadOnlyList<TableOperation> operations)
    {
        var etags = new string?[operations.Count];
        var index = 0;
        try
        {
            for (; index < operations.Count; index++)
            {
                etags[index] = Apply(session, operations[index]);
            }

            return etags;
        }
        catch (Exception e)
        {
            throw AtIndex(e, index);
        }
    }

    private static Exception AtIndex(Exception e, int index) => e switch
    {
        StorageException s => new StorageException(s.Failure, $"Batch operation {index}: {s.Message}", s.InnerException ?? s)
        {
            FailedOperationIndex = index,
        },
        SqliteException => new StorageException(StorageFailure.Unavailable, $"SQLite failed: {e.Message}", e) { FailedOperationIndex = index },
        _ => e,
    };

    private string? Apply(SqliteSession session, TableOperation operation) => operation.Kind switch
    {
        TableOperationKind.Add => Insert(session, operation.Row),
        TableOperationKind.Update => Replace(session, operation.Row),
        TableOperationKind.Upsert => Upsert(session, operation.Row),
        TableOperationKind.Delete => Delete(session, operation.Row),
        _ => throw TableRules.Invalid($"Unknown operation kind {operation.Kind}."),
    };

    private TableRow? Get(SqliteSession session, string partitionKey, string rowKey)
    {
        var command = session.Command(sql.Get, "$pk", "$rk");
        command.Parameters[0].Value = partitionKey;
        command.Parameters[1].Value = rowKey;
        using var reader = command.ExecuteReader();
        return reader.Read() ? SqliteRowReader.Read(reader, partitionKey, rowKey, firstColumn: 0) : null;
    }

    private string Insert(SqliteSession session, TableRow row)
    {
        var etag = NewETag();
        if (Write(session.Command(sql.Insert, "$pk", "$rk", "$etag", "$ts", "$props"), row, etag) == 0)
        {
            throw new StorageException(StorageFailure.Conflict, "The row already exists.");
        }

        return etag;
    }

    private string Replace(SqliteSession session, TableRow row)
    {
        var expected = TableRules.RequireETag(row);
        var etag = NewETag();
        var command = session.Command(sql.Replace, "$pk", "$rk", "$etag", "$ts", "$props", "$expected");
        command.Parameters[5].Value = expected;
        if (Write(command, row, etag) == 0)
        {
            throw Exists(session, row)
                ? new StorageException(StorageFailure.PreconditionFailed, "The row was changed since it was read (ETag mismatch).")
                : new StorageException(StorageFailure.NotFound, "The row does not exist.");
        }

        return etag;
    }

    private string Upsert(SqliteSession session, TableRow row)
    {
        var etag = NewETag();
        Write(session.Command(sql.Upsert, "$pk", "$rk", "$etag", "$ts", "$props"), row, etag);
        return etag;
    }

    private string? Delete(SqliteSession session, TableRow row)
    {
        var command = session.Command(sql.Delete, "$pk", "$rk", "$expected");
        command.Parameters[0].Value = row.PartitionKey;
        command.Parameters[1].Value = row.RowKey;
        command.Parameters[2].Value = TableRules.MatchesAny(row.ETag) ? "*" : row.ETag;
        if (command.ExecuteNonQuery() == 0 && !TableRules.MatchesAny(row.ETag) && Exists(session, row))
        {
            throw new StorageException(StorageFailure.PreconditionFailed, "The row was changed since it was read (ETag mismatch).");
        }

        return null;
    }

    private int Write(SqliteCommand command, TableRow row, string etag)
    {
        command.Parameters[0].Value = row.PartitionKey;
        command.Parameters[1].Value = row.RowKey;
        command.Parameters[2].Value = etag;
        command.Parameters[3].Value = timeProvider.GetUtcNow().UtcTicks;
        command.Parameters[4].Value = SqlitePropertyCodec.Encode(row.Properties);
        return command.ExecuteNonQuery();
    }

    private bool Exists(SqliteSession session, TableRow row)
    {
        var command = session.Command(sql.Exists, "$pk", "$rk");
        command.Parameters[0].Value = row.PartitionKey;
        command.Parameters[1].Value = row.RowKey;
        return command.ExecuteScalar() is not null;
    }

    private List<TableRow> ReadPage(SqliteSession session, SqliteRange range)
    {
        var text = (range.After, range.To is null) switch
        {
            (false, true) => sql.RangeFrom,
            (false, false) => sql.RangeFromTo,
            (true, true) => sql.RangeAfter,
            (true, false) => sql.RangeAfterTo,
        };
        var command = range.To is null
            ? session.Command(text, "$pk", "$from", "$limit")
            : session.Command(text, "$pk", "$from", "$limit", "$to");
        command.Parameters[0].Value = range.PartitionKey;
        command.Parameters[1].Value = range.From;
        command.Parameters[2].Value = PageSize;
        if (range.To is not null)
        {
            command.Parameters[3].Value = range.To;
        }

        var rows = new List<TableRow>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(SqliteRowReader.Read(reader, range.PartitionKey, reader.GetString(0), firstColumn: 1));
        }

        return rows;
    }
}
