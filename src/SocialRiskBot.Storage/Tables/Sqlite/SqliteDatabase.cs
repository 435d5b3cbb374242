using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace SocialRiskBot.Storage.Tables.Sqlite;

/// <summary>
/// The database file and its connections: one writer, serialised in-process, and a pool of readers.
/// SQLite lets only one writer in at a time anyway; queueing writers on a semaphore is far cheaper than letting
/// them collide on SQLITE_BUSY and back off. Readers never wait for the writer (WAL).
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    private const int SqliteConstraint = 19;

    private readonly string path;
    private readonly string connectionString;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly ConcurrentBag<SqliteSession> readers = [];
    // Reads run inline on the caller's thread, so this many covers the threads that read at once; beyond it,
    // connections are closed on return rather than kept forever after a burst.
    private readonly int maxIdleReaders = Math.Max(8, Environment.ProcessorCount * 4);
    private SqliteSession? writer;
    private bool disposed;

    public SqliteDatabase(string path)
    {
        this.path = Path.GetFullPath(path);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = this.path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,

            // We keep our own sessions open; the provider's pool would only hold the file after Dispose.
            Pooling = false,
        }.ToString();
    }

    public async Task<T> WriteAsync<TState, T>(TState state, Func<SqliteSession, TState, T> work, CancellationToken cancellationToken)
    {
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            writer ??= OpenSession();
            return work(writer, state);
        }
        catch (Exception e) when (Translate(e) is { } failure)
        {
            throw failure;
        }
        finally
        {
            writeLock.Release();
        }
    }

    public T Read<TState, T>(TState state, Func<SqliteSession, TState, T> work)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        SqliteSession? session = null;
        try
        {
            session = readers.TryTake(out var idle) ? idle : OpenSession();
            return work(session, state);
        }
        catch (Exception e) when (Translate(e) is { } failure)
        {
            throw failure;
        }
        finally
        {
            if (session is not null)
            {
                Return(session);
            }
        }
    }

    public void Dispose()
    {
        writeLock.Wait();
        try
        {
            disposed = true;
            writer?.Dispose();
            writer = null;
            while (readers.TryTake(out var session))
            {
                session.Dispose();
            }
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>Callers never see SQLite's exceptions: a constraint is a conflict, anything else is unavailability.</summary>
    private static StorageException? Translate(Exception e) => e switch
    {
        SqliteException { SqliteErrorCode: SqliteConstraint } => new(StorageFailure.Conflict, "The row already exists.", e),
        SqliteException => new(StorageFailure.Unavailable, $"SQLite failed: {e.Message}", e),
        IOException or UnauthorizedAccessException => new(StorageFailure.Unavailable, $"The database file cannot be used: {e.Message}", e),
        JsonException => new(StorageFailure.Unavailable, "A stored row could not be read.", e),
        _ => null,
    };

    private void Return(SqliteSession session)
    {
        if (disposed || readers.Count >= maxIdleReaders)
        {
            session.Dispose();
        }
        else
        {
            readers.Add(session);
        }
    }

    private SqliteSession OpenSession()
    {
        // First use creates the folder; opening is lazy so that constructing the store never touches the disk.
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return SqliteSession.Open(connectionString);
    }
}
