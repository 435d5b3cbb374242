using Microsoft.Data.Sqlite;

namespace SocialRiskBot.IntegrationTests.Infrastructure;

/// <summary>
/// Every row of every table of the bot's SQLite file (the <c>rows_*</c> tables), read straight from the file as
/// a storage administrator would: equal snapshots mean nothing was written in between.
/// </summary>
public sealed class StorageSnapshot
{
    private readonly SortedDictionary<string, string> _rows;

    private StorageSnapshot(SortedDictionary<string, string> rows) => _rows = rows;

    public int Count => _rows.Count;

    /// <summary>Each row as "<c>rows_table pk/rk</c>" and its ETag and properties as stored.</summary>
    public IEnumerable<(string Row, string Stored)> Rows => _rows.Select(r => (r.Key, r.Value));

    public static StorageSnapshot Take(string databasePath)
    {
        var rows = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(databasePath))
        {
            return new StorageSnapshot(rows);
        }

        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'rows_%'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT pk, rk, etag, props FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                rows[$"{table} {reader.GetString(0)}/{reader.GetString(1)}"] = $"{reader.GetString(2)} {reader.GetString(3)}";
            }
        }

        return new StorageSnapshot(rows);
    }

    /// <summary>Rows added, removed or changed since <paramref name="before"/>, by table and key; empty when none.</summary>
    public IReadOnlyList<string> DifferencesFrom(StorageSnapshot before)
    {
        var changes = new List<string>();
        foreach (var (key, value) in _rows)
        {
            if (!before._rows.TryGetValue(key, out var old))
            {
                changes.Add("added " + key);
            }
            else if (old != value)
            {
                changes.Add("changed " + key);
            }
        }

        changes.AddRange(before._rows.Keys.Where(k => !_rows.ContainsKey(k)).Select(k => "removed " + k));
        return changes;
    }
}
