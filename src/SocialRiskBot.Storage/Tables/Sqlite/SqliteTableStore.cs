using System.Collections.Concurrent;

namespace SocialRiskBot.Storage.Tables.Sqlite;

/// <summary>
/// The embedded backend: every table lives in one SQLite file, created (with its folder) on first use.
/// Safe to share between threads; one instance per file per process.
/// </summary>
public sealed class SqliteTableStore : ITableStore, IDisposable
{
    private readonly SqliteDatabase database;
    private readonly TimeProvider timeProvider;
    private readonly ConcurrentDictionary<string, SqliteTable> tables = new(StringComparer.OrdinalIgnoreCase);

    public SqliteTableStore(string databasePath, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        database = new SqliteDatabase(databasePath);
        this.timeProvider = timeProvider ?? TimeProvider.System;
    }

    public async Task<ITable> GetTableAsync(string name, CancellationToken cancellationToken)
    {
        if (tables.TryGetValue(name, out var known))
        {
            return known;
        }

        TableRules.ValidateTableName(name);
        var table = new SqliteTable(name, database, timeProvider);
        await database.WriteAsync(table.CreateSql, static (s, sql) => s.Execute(sql), cancellationToken).ConfigureAwait(false);

        // Table names are case-insensitive, like Azure's: the first spelling wins.
        return tables.GetOrAdd(name, table);
    }

    public Task CheckAvailableAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // The writer proves the file can be created and locked, not just read.
        return database.WriteAsync(0, static (s, _) => s.Execute("SELECT count(*) FROM sqlite_schema"), cancellationToken);
    }

    public void Dispose() => database.Dispose();
}
