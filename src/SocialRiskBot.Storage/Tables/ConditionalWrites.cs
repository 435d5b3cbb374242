namespace SocialRiskBot.Storage.Tables;

public static class ConditionalWrites
{
    /// <summary>
    /// Optimistic write: adds the row when it carries no ETag (it was not there when read), replaces it when
    /// the stored ETag still matches. The one primitive behind "read, decide, write unless someone else did".
    /// </summary>
    /// <returns>False when another writer got there first (the row appeared, changed or vanished); nothing was written.</returns>
    public static async Task<bool> TryWriteAsync(this ITable table, TableRow row, CancellationToken cancellationToken) =>
        await table.TryWriteForETagAsync(row, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>As <see cref="TryWriteAsync"/>, for a caller that goes on from what it wrote without reading it again.</summary>
    /// <returns>The row's new ETag; null when another writer got there first and nothing was written.</returns>
    public static async Task<string?> TryWriteForETagAsync(this ITable table, TableRow row, CancellationToken cancellationToken)
    {
        try
        {
            return row.ETag is null
                ? await table.AddAsync(row, cancellationToken).ConfigureAwait(false)
                : await table.UpdateAsync(row, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageException ex) when (ex.Failure is StorageFailure.Conflict or StorageFailure.PreconditionFailed or StorageFailure.NotFound)
        {
            return null;
        }
    }
}
