namespace SocialRiskBot.Storage.Tables.Sqlite;

/// <summary>
/// The SQL of one table, built once: the text doubles as the key of each session's prepared-command cache.
/// Table names are validated (letters and digits only) before they reach here, so quoting them is enough.
/// </summary>
internal sealed class SqliteTableStatements
{
    public SqliteTableStatements(string tableName)
    {
        var t = $"\"rows_{tableName.ToLowerInvariant()}\"";

        // WITHOUT ROWID clusters rows by (pk, rk), so a partition range is one contiguous b-tree walk;
        // BINARY collation is ordinal order of the UTF-8 bytes, i.e. code point order.
        Create = $"CREATE TABLE IF NOT EXISTS {t} (pk TEXT NOT NULL, rk TEXT NOT NULL, etag TEXT NOT NULL, ts INTEGER NOT NULL, props TEXT NOT NULL, PRIMARY KEY (pk, rk)) WITHOUT ROWID";
        Get = $"SELECT etag, ts, props FROM {t} WHERE pk = $pk AND rk = $rk";
        Exists = $"SELECT 1 FROM {t} WHERE pk = $pk AND rk = $rk";
        Insert = $"INSERT INTO {t} (pk, rk, etag, ts, props) VALUES ($pk, $rk, $etag, $ts, $props) ON CONFLICT (pk, rk) DO NOTHING";
        Replace = $"UPDATE {t} SET etag = $etag, ts = $ts, props = $props WHERE pk = $pk AND rk = $rk AND ($expected = '*' OR etag = $expected)";
        Upsert = $"INSERT INTO {t} (pk, rk, etag, ts, props) VALUES ($pk, $rk, $etag, $ts, $props) ON CONFLICT (pk, rk) DO UPDATE SET etag = excluded.etag, ts = excluded.ts, props = excluded.props";
        Delete = $"DELETE FROM {t} WHERE pk = $pk AND rk = $rk AND ($expected = '*' OR etag = $expected)";

        // Four range shapes rather than "$to IS NULL OR ..." so that SQLite can always bound the index walk.
        var select = $"SELECT rk, etag, ts, props FROM {t} WHERE pk = $pk";
        RangeFrom = $"{select} AND rk >= $from ORDER BY rk LIMIT $limit";
        RangeFromTo = $"{select} AND rk >= $from AND rk < $to ORDER BY rk LIMIT $limit";
        RangeAfter = $"{select} AND rk > $from ORDER BY rk LIMIT $limit";
        RangeAfterTo = $"{select} AND rk > $from AND rk < $to ORDER BY rk LIMIT $limit";
    }

    public string Create { get; }

    public string Get { get; }

    public string Exists { get; }

    public string Insert { get; }

    public string Replace { get; }

    public string Upsert { get; }

    public string Delete { get; }

    public string RangeFrom { get; }

    public string RangeFromTo { get; }

    public string RangeAfter { get; }

    public string RangeAfterTo { get; }
}
