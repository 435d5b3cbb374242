using SocialRiskBot.Outbox;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Incidents;

/// <summary>
/// Cases in the <c>Incidents</c> table, one partition per case: the case row, and beside it the outbox rows
/// of its notifications, written in one batch with every change so both happen or neither does. Callers hand
/// over the messages; where they are kept is this store's business.
/// </summary>
public sealed class IncidentStore(ITableStore store, OutboxWriter outbox)
{
    private const string TableName = "Incidents";
    private const string CaseRow = "case";

    private static readonly RowCodec<Incident> Codec = RowCodec.Json<Incident>("Incident", incident => new Dictionary<string, object?>
    {
        ["Version"] = incident.Version,
        ["Status"] = incident.Status.ToString(),
        ["Severity"] = incident.Severity.ToString(),
        ["OwnerId"] = incident.OwnerId,
        ["ReportedAt"] = incident.ReportedAt,
    });

    private readonly RowTable<Incident> _cases = new(store, TableName, Codec);

    /// <summary>The partition holding a case and its outbox rows.</summary>
    private static string PartitionOf(string caseNumber) => caseNumber;

    /// <returns>False when the case already exists (a repeated submit): nothing was written.</returns>
    public async Task<bool> TryCreateAsync(Incident incident, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var table = await _cases.OpenAsync(cancellationToken).ConfigureAwait(false);
        var partition = PartitionOf(incident.CaseNumber);
        var alongside = await outbox.PrepareAsync(TableName, partition, messages, cancellationToken).ConfigureAwait(false);
        try
        {
            await table.SubmitBatchAsync([Codec.Add(partition, CaseRow, incident), .. alongside], cancellationToken).ConfigureAwait(false);
            if (messages.Count > 0)
            {
                outbox.Committed();
            }

            return true;
        }
        catch (StorageException ex) when (ex.Failure == StorageFailure.Conflict && ex.FailedOperationIndex is null or 0)
        {
            return false;
        }
    }

    public async Task<(Incident? Incident, string? ETag)> GetAsync(string caseNumber, CancellationToken cancellationToken) =>
        await _cases.GetAsync(PartitionOf(caseNumber), CaseRow, cancellationToken).ConfigureAwait(false) is { } stored ? (stored.Value, stored.ETag) : (null, null);

    /// <summary>Replaces the case if it is still at <paramref name="etag"/>, with <paramref name="messages"/> in the outbox in the same batch.</summary>
    /// <returns>False when someone else changed it first: nothing was written.</returns>
    public async Task<bool> TryUpdateAsync(Incident incident, string etag, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var table = await _cases.OpenAsync(cancellationToken).ConfigureAwait(false);
        var partition = PartitionOf(incident.CaseNumber);
        return await outbox.TrySubmitWithAsync(table, partition, [Codec.Put(partition, CaseRow, incident, etag)], messages, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies <paramref name="change"/> to the stored case, retrying when another writer got there first.</summary>
    public Task UpdateAsync(string caseNumber, Func<Incident, Incident> change, CancellationToken cancellationToken) =>
        _cases.UpdateAsync(PartitionOf(caseNumber), CaseRow, incident => incident is null ? null : change(incident), cancellationToken);

    /// <summary>Removes the case's partition: its outbox rows, then the case row itself if it is still at <paramref name="etag"/>.</summary>
    /// <returns>False when the case changed since it was read (e.g. reopened): the case row stays.</returns>
    public async Task<bool> TryDeleteAsync(string caseNumber, string etag, CancellationToken cancellationToken)
    {
        var table = await _cases.OpenAsync(cancellationToken).ConfigureAwait(false);
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

        return await _cases.TryDeleteAsync(PartitionOf(caseNumber), CaseRow, etag, cancellationToken).ConfigureAwait(false);
    }
}
