namespace SocialRiskBot.Storage;

/// <summary>
/// The one read-change-write loop of the bot. An attempt reads what is stored, decides, and hands back the write
/// that makes its decision so, guarded by the ETags it read; when another writer got there first that write stores
/// nothing, and the attempt runs again on what is stored now. An attempt that decides to write nothing ends it.
/// </summary>
public static class ReadChangeWrite
{
    /// <returns>The result of the attempt whose write landed, or of the first that had nothing to write.</returns>
    public static async Task<T> RunAsync<T>(Func<CancellationToken, Task<Attempt<T>>> attempt, CancellationToken cancellationToken)
    {
        for (var tries = 1; ; tries++)
        {
            var decided = await attempt(cancellationToken).ConfigureAwait(false);
            if (decided.Write is not { } write)
            {
                return decided.Result;
            }

            var (written, result) = await write(cancellationToken).ConfigureAwait(false);
            if (written)
            {
                return result;
            }

            // Another writer got there first. A short random pause keeps a crowd of writers of one row from colliding in step.
            await Task.Delay(Random.Shared.Next(0, Math.Min(tries, 10) + 1), cancellationToken).ConfigureAwait(false);
        }
    }
}

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
