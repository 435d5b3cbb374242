namespace SocialRiskBot.Storage;

/// <summary><c>Storage:Sqlite</c>.</summary>
public sealed class SqliteStorageOptions
{
    /// <summary>The database file; a relative path is resolved against the host's content root.</summary>
    public string Path { get; set; } = ".data/socialriskbot.db";
}
