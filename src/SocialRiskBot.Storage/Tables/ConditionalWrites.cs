namespace SocialRiskBot.Storage.Tables;

public static class ConditionalWrites
{
    /// <summary>
    /// Optimistic write: adds the row when it carries no ETag (it was not there when read), replaces it when
    /// the stored ETag still matches. The one primitive behind "read, decide, write unless someone else did".
    /// </summary>
    /// <returns>False when another writer got there first (the row appeared, changed or vanished); nothing was written.</returns>
    public static async Task<bool> TryWriteAsync(this ITable table, TableRow row, CancellationToken cancellationToken)
    {
        try
        {
            if (row.ETag is null)
            {
                await table.AddAsync(row, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await table.UpdateAsync(row, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }
        catch (StorageException ex) when (ex.Failure is StorageFailure.Conflict or StorageFailure.PreconditionFailed or StorageFailure.NotFound)
        {
            return false;
        }
    }
}
