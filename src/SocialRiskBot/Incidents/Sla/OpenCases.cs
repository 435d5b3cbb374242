using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Incidents.Sla;

/// <summary>
/// The cases that may be open, so the SLA job knows which to look at (tables are only queried within a
/// partition). A case is registered before the batch that creates or reopens it: if the batch never happens,
/// the job merely finds no case and drops the entry. The job forgets a resolved case, guarded by the ETag it
/// listed, so a reopen registered meanwhile is not lost.
/// </summary>
public sealed class OpenCases(ITableStore store, TimeProvider time)
{
    private const string TableName = "OpenCases";
    private const string Partition = "open";

    public async Task RegisterAsync(string caseNumber, CancellationToken cancellationToken)
    {
        var index = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        await index.UpsertAsync(new TableRow(Partition, TableKeys.Encode(caseNumber))
        {
            Properties = new Dictionary<string, object?> { ["CaseNumber"] = caseNumber, ["RegisteredAt"] = time.GetUtcNow() },
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<(string CaseNumber, DateTimeOffset RegisteredAt, string ETag)>> ListAsync(CancellationToken cancellationToken)
    {
        var index = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var found = new List<(string, DateTimeOffset, string)>();
        await foreach (var row in index.QueryAsync(Partition, null, null, cancellationToken).ConfigureAwait(false))
        {
            found.Add((row.GetString("CaseNumber")!, row.Properties.TryGetValue("RegisteredAt", out var at) && at is DateTimeOffset registered ? registered : DateTimeOffset.MinValue, row.ETag!));
        }

        return found;
    }

    /// <summary>Forgets a case unless it was registered again since it was listed.</summary>
    public async Task ForgetAsync(string caseNumber, string etag, CancellationToken cancellationToken)
    {
        var index = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        try
        {
            await index.DeleteAsync(Partition, TableKeys.Encode(caseNumber), etag, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageException ex) when (ex.Failure is StorageFailure.PreconditionFailed or StorageFailure.NotFound)
        {
            // Registered again (reopened) meanwhile, or another instance forgot it first.
        }
    }
}
