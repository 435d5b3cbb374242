namespace SocialRiskBot.Storage;

/// <summary><c>Storage:AzureTables</c>: a connection string or an endpoint, exactly one.</summary>
public sealed class AzureTablesStorageOptions
{
    /// <summary>A secret: set it from the environment (<c>Storage__AzureTables__ConnectionString</c>) or user-secrets, never in appsettings.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The table service, e.g. <c>https://account.table.core.windows.net/</c>: the bot signs in with an Entra token
    /// (<see cref="StorageOptions.ManagedIdentityClientId"/>) instead of a key, so nothing secret is configured.
    /// </summary>
    public Uri? Endpoint { get; set; }
}
