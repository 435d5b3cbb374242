namespace SocialRiskBot.Storage.Tables.Sqlite;

/// <summary>Where the next page of a range query starts: at <see cref="From"/>, or just after it once a page has been read.</summary>
internal sealed record SqliteRange(string PartitionKey, string From, string? To, bool After);
