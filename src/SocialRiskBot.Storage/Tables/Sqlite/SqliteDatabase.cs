using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace SocialRiskBot.Storage.Tables.Sqlite;

/// <summary>
/// The database file and its connections: one writer and a pool of readers. Readers never wait for the writer (WAL).
/// SQLite lets one writer in at a time, and most of a small write is its commit, so writes are committed in
/// groups: whatever is queued when the writer is free goes into one transaction, each write inside its own
/// savepoint, so a write that fails is undone alone and the others still commit. No write is reported done
/// before the transaction holding it has committed. The caller who finds the writer free does the work of its
/// group on its own thread; writes queued meanwhile are committed next, from the thread pool.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    private const int SqliteConstraint = 19;

    // One transaction never holds more than this many writes, so that none waits behind a very long group.
    private const int MaxGroup = 128;

    private readonly string path;
    private readonly string connectionString;
    private readonly ConcurrentQueue<SqliteWrite> queued = new();
    private readonly Lock writerLock = new();
    private readonly ConcurrentBag<SqliteSession> readers = [];
    // Reads run inline on the caller's thread, so this many covers the threads that read at once; beyond it,
    // connections are closed on return rather than kept forever after a burst.
    private readonly int maxIdleReaders = Math.Max(8, Environment.ProcessorCount * 4);
    private SqliteSession? writer;
    private int committing;
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

    /// <summary>Runs <paramref name="work"/> on the writer inside a transaction; its changes are undone if it throws.</summary>
    public Task<T> WriteAsync<TState, T>(TState state, Func<SqliteSession, TState, T> work, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        var write = new SqliteWrite<TState, T>(state, work, cancellationToken);
        queued.Enqueue(write);
        if (Interlocked.CompareExchange(ref committing, 1, 0) == 0)
        {
            CommitQueued();
        }

        return write.Task;
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
        lock (writerLock)
        {
            disposed = true;
            writer?.Dispose();
            writer = null;
            while (readers.TryTake(out var session))
            {
                session.Dispose();
            }
        }

        // Anything queued after the last group finds the database closed.
        while (queued.TryDequeue(out var write))
        {
            write.Fail(new ObjectDisposedException(nameof(SqliteDatabase)));
        }
    }

    /// <summary>Commits one group, then leaves whatever was queued meanwhile to the thread pool.</summary>
    private void CommitQueued()
    {
        CommitGroup();
        Volatile.Write(ref committing, 0);
        if (!queued.IsEmpty && Interlocked.CompareExchange(ref committing, 1, 0) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static database => database.CommitQueued(), this, preferLocal: false);
        }
    }

    private void CommitGroup()
    {
        var group = new List<SqliteWrite>(Math.Min(queued.Count, MaxGroup));
        while (group.Count < MaxGroup && queued.TryDequeue(out var write))
        {
            if (write.IsCancellationRequested)
            {
                write.Cancel();
            }
            else
            {
                group.Add(write);
            }
        }

        if (group.Count == 0)
        {
            return;
        }

        lock (writerLock)
        {
            try
            {
                ObjectDisposedException.ThrowIf(disposed, this);
                writer ??= OpenSession();
                writer.Execute("BEGIN IMMEDIATE");
                foreach (var write in group)
                {
                    RunInSavepoint(writer, write);
                }

                writer.Execute("COMMIT");
            }
            catch (Exception e)
            {
                // Nothing of the group was written: every write not already failed on its own fails with this.
                Rollback(writer);
                var failure = Translate(e) ?? e;
                foreach (var write in group)
                {
                    write.Fail(failure);
                }

                return;
            }
        }

        foreach (var write in group)
        {
            write.Complete();
        }
    }

    /// <summary>A write that throws is undone alone; if even that fails, the transaction is gone and the group fails.</summary>
    private static void RunInSavepoint(SqliteSession session, SqliteWrite write)
    {
        session.Execute("SAVEPOINT write");
        try
        {
            write.Run(session);
        }
        catch (Exception e)
        {
            write.Fail(Translate(e) ?? e);
            session.Execute("ROLLBACK TO write");
        }

        session.Execute("RELEASE write");
    }

    private static void Rollback(SqliteSession? session)
    {
        if (session?.Connection.State != System.Data.ConnectionState.Open)
        {
            return;
        }

        try
        {
            session.Execute("ROLLBACK");
        }
        catch (SqliteException)
        {
            // SQLite may already have rolled back on its own (e.g. after an I/O error); nothing is left to undo.
        }
    }

    /// <summary>Callers never see SQLite's exceptions: a constraint is a conflict, anything else is unavailability.</summary>
    private static StorageException? Translate(Exception e) => e switch
    {
        StorageException => null,
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
