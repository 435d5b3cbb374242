namespace SocialRiskBot.Storage.Tables;

/// <summary>
/// Optimistic writes: each stores nothing and says so when another writer got there first (the row appeared,
/// changed or vanished since it was read), the primitives behind "read, decide, write unless someone else did".
/// </summary>
public static class ConditionalWrites
{
    /// <summary>
    /// Adds the row when it carries no ETag (it was not there when read), replaces it when the stored ETag still matches.
    /// </summary>
    /// <returns>The row's new ETag; null when another writer got there first and nothing was written.</returns>
    public static async Task<string?> TryWriteAsync(this ITable table, TableRow row, CancellationToken cancellationToken)
    {
        try
        {
            return row.ETag is null
                ? await table.AddAsync(row, cancellationToken).ConfigureAwait(false)
                : await table.UpdateAsync(row, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageException ex) when (IsLostRace(ex))
        {
            return null;
        }
    }

    /// <summary>Runs the batch (all of it or nothing, see <see cref="ITable.SubmitBatchAsync"/>).</summary>
    /// <returns>False when another writer got there first and nothing was written.</returns>
    public static async Task<bool> TrySubmitAsync(this ITable table, IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken)
    {
        try
        {
            await table.SubmitBatchAsync(operations, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StorageException ex) when (IsLostRace(ex))
        {
            return false;
        }
    }

    private static bool IsLostRace(StorageException ex) =>
        ex.Failure is StorageFailure.Conflict or StorageFailure.PreconditionFailed or StorageFailure.NotFound;
}
