namespace SocialRiskBot.Storage;

/// <summary><c>Storage:AzureTables</c>.</summary>
public sealed class AzureTablesStorageOptions
{
    /// <summary>A secret: set it from the environment (<c>Storage__AzureTables__ConnectionString</c>) or user-secrets, never in appsettings.</summary>
    public string? ConnectionString { get; set; }
}
