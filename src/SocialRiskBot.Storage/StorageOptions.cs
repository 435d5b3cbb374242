using System.ComponentModel.DataAnnotations;

namespace SocialRiskBot.Storage;

/// <summary>
/// The configuration section <c>Storage</c>. With nothing configured the bot keeps its tables in a local SQLite
/// file and its blobs in a local folder, both under <c>.data/</c>.
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    [EnumDataType(typeof(TableStorageProvider))]
    public TableStorageProvider Provider { get; set; } = TableStorageProvider.Sqlite;

    public SqliteStorageOptions Sqlite { get; set; } = new();

    public AzureTablesStorageOptions AzureTables { get; set; } = new();

    public BlobStorageOptions Blobs { get; set; } = new();

    /// <summary>
    /// For the endpoint forms (<c>Storage:AzureTables:Endpoint</c>, <c>Storage:Blobs:Endpoint</c>): the client id of
    /// the user-assigned managed identity the bot signs in to Storage with. Empty: <c>DefaultAzureCredential</c>
    /// (environment, workload identity, a system-assigned identity, then a developer's Azure CLI or Visual Studio
    /// sign-in), which suits running on a workstation against a real account.
    /// </summary>
    public string? ManagedIdentityClientId { get; set; }
}
