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
