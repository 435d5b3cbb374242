using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Conversations;

/// <summary>
/// One row per installation (a user's personal chat, or a team), so that the welcome is sent once per
/// install even though clients resend install events; removed on uninstall so a reinstall is welcomed again.
/// </summary>
public sealed class InstallationRegistry(ITableStore store, TimeProvider time)
{
    private readonly OnceRecords _installed = new(store, time, "Installations");

    /// <returns>True when this call recorded the installation (send the welcome); false when it was known.</returns>
    public Task<bool> TryRecordAsync(InstallationScope scope, string id, CancellationToken cancellationToken) =>
        _installed.TryRecordAsync(PartitionOf(scope), id, cancellationToken);

    public Task ForgetAsync(InstallationScope scope, string id, CancellationToken cancellationToken) =>
        _installed.ForgetAsync(PartitionOf(scope), id, cancellationToken);

    private static string PartitionOf(InstallationScope scope) => scope == InstallationScope.Personal ? "personal" : "team";
}

public enum InstallationScope
{
    Personal,
    Team,
}
