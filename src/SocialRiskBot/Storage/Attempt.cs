namespace SocialRiskBot.Storage;

/// <summary>What one attempt of <see cref="ReadChangeWrite.RunAsync"/> decided on what it read: a result, and the write it needs, if any.</summary>
public readonly struct Attempt<T>
{
    internal Attempt(T result, Func<CancellationToken, Task<(bool Written, T Result)>>? write)
    {
        Result = result;
        Write = write;
    }

    internal T Result { get; }

    /// <summary>The ETag-guarded write and the result once it landed; Written is false when another writer got there first.</summary>
    internal Func<CancellationToken, Task<(bool Written, T Result)>>? Write { get; }
}

/// <summary>The decisions an attempt of <see cref="ReadChangeWrite.RunAsync"/> comes to.</summary>
public static class Attempt
{
    /// <summary>Nothing to write: <paramref name="result"/> stands.</summary>
    public static Attempt<T> Done<T>(T result) => new(result, null);

    /// <param name="write">Stores the change guarded by the ETags read; false when another writer got there first and nothing was written.</param>
    public static Attempt<T> Write<T>(T result, Func<CancellationToken, Task<bool>> write) =>
        new(result, async cancellationToken => (await write(cancellationToken).ConfigureAwait(false), result));

    /// <summary>For a result that depends on what the write returns, such as the new ETag.</summary>
    /// <param name="write">Stores the change guarded by the ETags read, and says whether it landed and what came of it.</param>
    public static Attempt<T> Write<T>(Func<CancellationToken, Task<(bool Written, T Result)>> write) => new(default!, write);
}
