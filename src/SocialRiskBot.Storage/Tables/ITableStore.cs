namespace SocialRiskBot.Storage.Tables;

/// <summary>A storage account: hands out tables by name, creating them on first use.</summary>
public interface ITableStore
{
    Task<ITable> GetTableAsync(string name, CancellationToken cancellationToken);

    /// <summary>Throws <see cref="StorageException"/> with <see cref="StorageFailure.Unavailable"/> when storage cannot be reached.</summary>
    Task CheckAvailableAsync(CancellationToken cancellationToken);
}
