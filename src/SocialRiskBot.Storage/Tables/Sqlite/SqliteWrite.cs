namespace SocialRiskBot.Storage.Tables.Sqlite;

/// <summary>A write waiting for the writer: its work, and the task its caller awaits.</summary>
internal abstract class SqliteWrite
{
    public abstract bool IsCancellationRequested { get; }

    /// <summary>Does the work on the writer; its result is kept until the transaction commits.</summary>
    public abstract void Run(SqliteSession session);

    /// <summary>Reports the result, unless the write already failed.</summary>
    public abstract void Complete();

    public abstract void Fail(Exception failure);

    public abstract void Cancel();
}

internal sealed class SqliteWrite<TState, T>(TState state, Func<SqliteSession, TState, T> work, CancellationToken cancellationToken) : SqliteWrite
{
    // Callers' continuations never run on the thread committing everyone's writes.
    private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? result;

    public Task<T> Task => completion.Task;

    public override bool IsCancellationRequested => cancellationToken.IsCancellationRequested;

    public override void Run(SqliteSession session) => result = work(session, state);

    public override void Complete() => completion.TrySetResult(result!);

    public override void Fail(Exception failure) => completion.TrySetException(failure);

    public override void Cancel() => completion.TrySetCanceled(cancellationToken);
}
