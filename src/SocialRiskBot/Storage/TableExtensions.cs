using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Storage;

public static class TableExtensions
{
    /// <summary>Inserts the row unless it exists: the one-winner primitive for "do this once" records.</summary>
    /// <returns>True when this call inserted the row.</returns>
    public static async Task<bool> TryAddAsync(this ITable table, TableRow row, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddAsync(row, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StorageException ex) when (ex.Failure == StorageFailure.Conflict)
        {
            return false;
        }
    }
}
