namespace SocialRiskBot.Storage;

/// <summary>Where tables live: <c>Storage:Provider</c>.</summary>
public enum TableStorageProvider
{
    /// <summary>One local SQLite file; needs nothing installed. The default.</summary>
    Sqlite,

    /// <summary>Azure Table Storage or the Cosmos DB Table API.</summary>
    AzureTables,
}
