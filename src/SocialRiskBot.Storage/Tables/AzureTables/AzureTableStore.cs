using System.Collections.Concurrent;
using Azure.Core;
using Azure.Data.Tables;

namespace SocialRiskBot.Storage.Tables.AzureTables;

/// <summary>
/// The production backend: Azure Table Storage (or the Cosmos DB Table API) through Azure.Data.Tables.
/// Tables are created on first use; that is remembered so it costs one round trip per table per process.
/// </summary>
public sealed class AzureTableStore : ITableStore
{
    private readonly TableServiceClient service;
    private readonly ConcurrentDictionary<string, AzureTable> tables = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="options">Client options, e.g. fewer retries in tests; the SDK's defaults otherwise.</param>
    public AzureTableStore(string connectionString, TableClientOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        // Parses the connection string only: the client opens no connection until the first request.
        service = new TableServiceClient(connectionString, options ?? new TableClientOptions());
    }

    /// <param name="endpoint">The table service, e.g. https://account.table.core.windows.net/.</param>
    /// <param name="credential">Asked for a token on the first request, and again before it expires.</param>
    /// <param name="options">Client options, e.g. fewer retries in tests; the SDK's defaults otherwise.</param>
    public AzureTableStore(Uri endpoint, TokenCredential credential, TableClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(credential);
        service = new TableServiceClient(endpoint, credential, options ?? new TableClientOptions());
    }

    public async Task<ITable> GetTableAsync(string name, CancellationToken cancellationToken)
    {
        if (tables.TryGetValue(name, out var known))
        {
            return known;
        }

        TableRules.ValidateTableName(name);
        var client = service.GetTableClient(name);
        try
        {
            await client.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (AzureFailures.Translate(e, cancellationToken) is { } failure)
        {
            throw failure;
        }

        return tables.GetOrAdd(name, new AzureTable(client));
    }

    public async Task CheckAvailableAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Listing one table is the cheapest authenticated round trip the table service offers.
            await foreach (var _ in service.QueryAsync(maxPerPage: 1, cancellationToken: cancellationToken).AsPages().ConfigureAwait(false))
            {
                break;
            }
        }
        catch (Exception e) when (AzureFailures.Translate(e, cancellationToken) is { } failure)
        {
            throw failure;
        }
    }
}
