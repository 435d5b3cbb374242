using System.Text.Json;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Incidents;

/// <summary>
/// Cases in the <c>Incidents</c> table, one partition per case: the case row, and beside it the outbox rows
/// of its notifications, written in one batch with every change so both happen or neither does.
/// </summary>
public sealed class IncidentStore(ITableStore store)
{
    public const string TableName = "Incidents";
    private const string CaseRow = "case";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The partition holding a case and its outbox rows.</summary>
    public static string PartitionOf(string caseNumber) => caseNumber;

    /// <returns>False when the case already exists (a repeated submit): nothing was written.</returns>
    public async Task<bool> TryCreateAsync(Incident incident, IReadOnlyList<TableOperation> alongside, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        try
        {
            await table.SubmitBatchAsync([TableOperation.Add(ToRow(incident, null)), .. alongside], cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StorageException ex) when (ex.Failure == StorageFailure.Conflict && ex.FailedOperationIndex is null or 0)
        {
            return false;
        }
    }

    public async Task<(Incident? Incident, string? ETag)> GetAsync(string caseNumber, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var row = await table.GetAsync(PartitionOf(caseNumber), CaseRow, cancellationToken).ConfigureAwait(false);
        return row?.GetString("Incident") is { } json ? (JsonSerializer.Deserialize<Incident>(json, Json), row.ETag) : (null, null);
    }

    /// <summary>Replaces the case if it is still at <paramref name="etag"/>, with <paramref name="alongside"/> in the same batch.</summary>
    /// <returns>False when someone else changed it first: nothing was written.</returns>
    public async Task<bool> TryUpdateAsync(Incident incident, string etag, IReadOnlyList<TableOperation> alongside, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        return await table.TrySubmitAsync([TableOperation.Update(ToRow(incident, etag)), .. alongside], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies <paramref name="change"/> to the stored case, retrying when another writer got there first.</summary>
    public async Task UpdateAsync(string caseNumber, Func<Incident, Incident> change, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var (incident, etag) = await GetAsync(caseNumber, cancellationToken).ConfigureAwait(false);
            if (incident is null)
            {
                return;
            }

            if (await table.TryWriteAsync(ToRow(change(incident), etag), cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    /// <summary>Removes the case's partition: its outbox rows, then the case row itself if it is still at <paramref name="etag"/>.</summary>
    /// <returns>False when the case changed since it was read (e.g. reopened): the case row stays.</returns>
    public async Task<bool> TryDeleteAsync(string caseNumber, string etag, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var others = new List<string>();
        await foreach (var row in table.QueryAsync(PartitionOf(caseNumber), null, null, cancellationToken).ConfigureAwait(false))
        {
            if (row.RowKey != CaseRow)
            {
                others.Add(row.RowKey);
            }
        }

        foreach (var rowKey in others)
        {
            await table.DeleteAsync(PartitionOf(caseNumber), rowKey, null, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await table.DeleteAsync(PartitionOf(caseNumber), CaseRow, etag, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StorageException ex) when (ex.Failure == StorageFailure.PreconditionFailed)
        {
            return false;
        }
    }

    private static TableRow ToRow(Incident incident, string? etag) => new(PartitionOf(incident.CaseNumber), CaseRow)
    {
        ETag = etag,
        Properties = new Dictionary<string, object?>
        {
            ["Incident"] = JsonSerializer.Serialize(incident, Json),
            ["Version"] = incident.Version,
            ["Status"] = incident.Status.ToString(),
            ["Severity"] = incident.Severity.ToString(),
            ["OwnerId"] = incident.OwnerId,
            ["ReportedAt"] = incident.ReportedAt,
        },
    };
}
