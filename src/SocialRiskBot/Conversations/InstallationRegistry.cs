using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Conversations;

/// <summary>
/// One row per installation (a user's personal chat, or a team), so that the welcome is sent once per
/// install even though clients resend install events; removed on uninstall so a reinstall is welcomed again.
/// </summary>
public sealed class InstallationRegistry(ITableStore store, TimeProvider time)
{
    private const string TableName = "Installations";

    /// <returns>True when this call recorded the installation (send the welcome); false when it was known.</returns>
    public async Task<bool> TryRecordAsync(InstallationScope scope, string id, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var row = new TableRow(PartitionOf(scope), TableKeys.Encode(id))
        {
            Properties = new Dictionary<string, object?> { ["InstalledAt"] = time.GetUtcNow() },
        };
        return await table.TryAddAsync(row, cancellationToken).ConfigureAwait(false);
    }

    public async Task ForgetAsync(InstallationScope scope, string id, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.DeleteAsync(PartitionOf(scope), TableKeys.Encode(id), etag: null, cancellationToken).ConfigureAwait(false);
    }

    private static string PartitionOf(InstallationScope scope) => scope == InstallationScope.Personal ? "personal" : "team";
}

public enum InstallationScope
{
    Personal,
    Team,
}
