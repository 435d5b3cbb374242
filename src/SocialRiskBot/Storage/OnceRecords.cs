using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Storage;

/// <summary>
/// A table of "this happened" rows keyed by ids from the wire: recording is the one-winner primitive for
/// doing something exactly once, across concurrent turns, instances and restarts.
/// </summary>
public sealed class OnceRecords(ITableStore store, TimeProvider time, string tableName)
{
    private const string RecordedAt = "RecordedAt";

    private static readonly RowCodec<Recorded> Codec = new(
        recorded => new Dictionary<string, object?> { [RecordedAt] = recorded.At },
        row => new Recorded(row.Value<DateTimeOffset>(RecordedAt) ?? DateTimeOffset.MinValue));

    private readonly RowTable<Recorded> _records = new(store, tableName, Codec);

    /// <returns>True when this call recorded the id; false when it was already recorded.</returns>
    public Task<bool> TryRecordAsync(string partition, string id, CancellationToken cancellationToken) =>
        _records.TryAddAsync(TableKeys.Encode(partition), TableKeys.Encode(id), new Recorded(time.GetUtcNow()), cancellationToken);

    public Task ForgetAsync(string partition, string id, CancellationToken cancellationToken) =>
        _records.TryDeleteAsync(TableKeys.Encode(partition), TableKeys.Encode(id), etag: null, cancellationToken);

    /// <summary>When the id was recorded.</summary>
    private sealed record Recorded(DateTimeOffset At);
}
