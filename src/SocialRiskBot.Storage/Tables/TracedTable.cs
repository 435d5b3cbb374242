using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace SocialRiskBot.Storage.Tables;

/// <summary>One span per operation on the table it wraps; a failure marks the span with the storage failure kind.</summary>
internal sealed class TracedTable(ITable inner, string system) : ITable
{
    public string Name => inner.Name;

    public Task<TableRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken) =>
        Off ? inner.GetAsync(partitionKey, rowKey, cancellationToken) : TraceAsync("get", () => inner.GetAsync(partitionKey, rowKey, cancellationToken));

    public Task<string> AddAsync(TableRow row, CancellationToken cancellationToken) =>
        Off ? inner.AddAsync(row, cancellationToken) : TraceAsync("add", () => inner.AddAsync(row, cancellationToken));

    public Task<string> UpdateAsync(TableRow row, CancellationToken cancellationToken) =>
        Off ? inner.UpdateAsync(row, cancellationToken) : TraceAsync("update", () => inner.UpdateAsync(row, cancellationToken));

    public Task<string> UpsertAsync(TableRow row, CancellationToken cancellationToken) =>
        Off ? inner.UpsertAsync(row, cancellationToken) : TraceAsync("upsert", () => inner.UpsertAsync(row, cancellationToken));

    public Task DeleteAsync(string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken) =>
        Off ? inner.DeleteAsync(partitionKey, rowKey, etag, cancellationToken) : TraceAsync("delete", async () =>
        {
            await inner.DeleteAsync(partitionKey, rowKey, etag, cancellationToken).ConfigureAwait(false);
            return true;
        });

    public Task<IReadOnlyList<string?>> SubmitBatchAsync(IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken) =>
        Off ? inner.SubmitBatchAsync(operations, cancellationToken) : TraceAsync("batch", () => inner.SubmitBatchAsync(operations, cancellationToken));

    public IAsyncEnumerable<TableRow> QueryAsync(string partitionKey, string? fromRowKey, string? toRowKey, CancellationToken cancellationToken) =>
        Off ? inner.QueryAsync(partitionKey, fromRowKey, toRowKey, cancellationToken) : TracedQueryAsync(partitionKey, fromRowKey, toRowKey, cancellationToken);

    /// <summary>
    /// Nobody listens to storage spans (no exporter is configured), or the turn they would belong to is not
    /// sampled: the call goes straight through, without the closure and state machine a span needs.
    /// </summary>
    private static bool Off => !StorageTelemetry.Source.HasListeners() || Activity.Current is { Recorded: false };

    private async IAsyncEnumerable<TableRow> TracedQueryAsync(string partitionKey, string? fromRowKey, string? toRowKey, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var span = StorageTelemetry.Start("query", inner.Name, system);
        await foreach (var row in inner.QueryAsync(partitionKey, fromRowKey, toRowKey, cancellationToken).ConfigureAwait(false))
        {
            yield return row;
        }
    }

    private async Task<T> TraceAsync<T>(string operation, Func<Task<T>> call)
    {
        using var span = StorageTelemetry.Start(operation, inner.Name, system);
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception ex) when (span is not null)
        {
            StorageTelemetry.Fail(span, ex);
            throw;
        }
    }
}
