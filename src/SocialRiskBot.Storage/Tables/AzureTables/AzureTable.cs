using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;

namespace SocialRiskBot.Storage.Tables.AzureTables;

/// <summary>
/// One Azure table (or Cosmos DB Table API container) behind <see cref="ITable"/>. A table that disappeared
/// under a running bot (an emulator restarted empty, a table deleted by hand) is created again and the
/// operation tried once more, so the process recovers on its own.
/// </summary>
internal sealed class AzureTable(TableClient client) : ITable
{
    private const int PageSize = 1000;
    private const string TableNotFound = "TableNotFound";

    public string Name => client.Name;

    public Task<TableRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        TableRules.ValidateKeys(partitionKey, rowKey);
        return WithTableAsync(() => GetOnceAsync(partitionKey, rowKey, cancellationToken), cancellationToken);
    }

    private async Task<TableRow?> GetOnceAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            var response = await client.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            return response.HasValue ? AzureEntityMapping.ToRow(response.Value!) : null;
        }
        catch (Exception e) when (AzureFailures.Translate(e, cancellationToken) is { } failure)
        {
            throw failure;
        }
    }

    public async Task<string> AddAsync(TableRow row, CancellationToken cancellationToken)
    {
        TableRules.ValidateRow(row);
        return await SendAsync(ct => client.AddEntityAsync(AzureEntityMapping.ToEntity(row), ct), cancellationToken).ConfigureAwait(false);
    }

    public async Task<string> UpdateAsync(TableRow row, CancellationToken cancellationToken)
    {
        TableRules.ValidateRow(row);
        var etag = AzureEntityMapping.ToETag(TableRules.RequireETag(row));
        return await SendAsync(ct => client.UpdateEntityAsync(AzureEntityMapping.ToEntity(row), etag, TableUpdateMode.Replace, ct), cancellationToken).ConfigureAwait(false);
    }

    public async Task<string> UpsertAsync(TableRow row, CancellationToken cancellationToken)
    {
        TableRules.ValidateRow(row);
        return await SendAsync(ct => client.UpsertEntityAsync(AzureEntityMapping.ToEntity(row), TableUpdateMode.Replace, ct), cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteAsync(string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken)
    {
        TableRules.ValidateKeys(partitionKey, rowKey);
        try
        {
            // The SDK reports a missing row as a 404 response rather than an exception; both mean "already gone".
            await client.DeleteEntityAsync(partitionKey, rowKey, AzureEntityMapping.ToETag(etag), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
        catch (Exception e) when (AzureFailures.Translate(e, cancellationToken) is { } failure)
        {
            throw failure;
        }
    }

    public async Task<IReadOnlyList<string?>> SubmitBatchAsync(IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken)
    {
        TableRules.ValidateBatch(operations);
        return operations.Count == 0 ? [] : await WithTableAsync(() => new AzureBatch(client, operations).SubmitAsync(cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<TableRow> QueryAsync(
        string partitionKey, string? fromRowKey, string? toRowKey, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        TableRules.ValidateKeys(partitionKey, string.Empty);
        var rows = client.QueryAsync<TableEntity>(Filter(partitionKey, fromRowKey, toRowKey), PageSize, cancellationToken: cancellationToken)
            .GetAsyncEnumerator(cancellationToken);
        try
        {
            while (await MoveNextAsync(rows, cancellationToken).ConfigureAwait(false))
            {
                yield return AzureEntityMapping.ToRow(rows.Current);
            }
        }
        finally
        {
            await rows.DisposeAsync().ConfigureAwait(false);
        }
    }

    // CreateQueryFilter quotes and escapes every value, so keys with apostrophes cannot break out of the filter.
    private static string Filter(string partitionKey, string? from, string? to) => (from, to) switch
    {
        (null, null) => TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}"),
        (_, null) => TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey ge {from}"),
        (null, _) => TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey lt {to}"),
        _ => TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey ge {from} and RowKey lt {to}"),
    };

    private async Task<bool> MoveNextAsync(IAsyncEnumerator<TableEntity> rows, CancellationToken cancellationToken)
    {
        try
        {
            return await rows.MoveNextAsync().ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.ErrorCode == TableNotFound)
        {
            // A table that is gone holds no rows; it is back for the next write.
            await CreateAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }
        catch (Exception e) when (AzureFailures.Translate(e, cancellationToken) is { } failure)
        {
            throw failure;
        }
    }

    private Task<string> SendAsync(Func<CancellationToken, Task<Response>> send, CancellationToken cancellationToken) =>
        WithTableAsync(() => SendOnceAsync(send, cancellationToken), cancellationToken);

    /// <summary>Runs the operation; if the table was missing, creates it and runs the operation once more.</summary>
    private async Task<T> WithTableAsync<T>(Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (StorageException e) when (e.InnerException is RequestFailedException { ErrorCode: TableNotFound })
        {
            await CreateAsync(cancellationToken).ConfigureAwait(false);
        }

        return await operation().ConfigureAwait(false);
    }

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        try
        {
            await client.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (AzureFailures.Translate(e, cancellationToken) is { } failure)
        {
            throw failure;
        }
    }

    private static async Task<string> SendOnceAsync(Func<CancellationToken, Task<Response>> send, CancellationToken cancellationToken)
    {
        try
        {
            var response = await send(cancellationToken).ConfigureAwait(false);
            return response.Headers.ETag?.ToString() ?? throw new StorageException(StorageFailure.Unavailable, "Azure Storage returned no ETag.");
        }
        catch (Exception e) when (AzureFailures.Translate(e, cancellationToken) is { } failure)
        {
            throw failure;
        }
    }
}
