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

    private static readonly RowCodec<OpenCase> Codec = new(
        entry => new Dictionary<string, object?> { ["CaseNumber"] = entry.CaseNumber, ["RegisteredAt"] = entry.RegisteredAt },
        row => new OpenCase(row.GetString("CaseNumber")!, row.Value<DateTimeOffset>("RegisteredAt") ?? DateTimeOffset.MinValue));

    private readonly RowTable<OpenCase> _index = new(store, TableName, Codec);

    public Task RegisterAsync(string caseNumber, CancellationToken cancellationToken) =>
        _index.UpsertAsync(Partition, TableKeys.Encode(caseNumber), new OpenCase(caseNumber, time.GetUtcNow()), cancellationToken);

    public async Task<IReadOnlyList<(string CaseNumber, DateTimeOffset RegisteredAt, string ETag)>> ListAsync(CancellationToken cancellationToken)
    {
        var found = new List<(string, DateTimeOffset, string)>();
        await foreach (var stored in _index.QueryAsync(Partition, null, null, cancellationToken).ConfigureAwait(false))
        {
            found.Add((stored.Value.CaseNumber, stored.Value.RegisteredAt, stored.ETag!));
        }

        return found;
    }

    /// <summary>Forgets a case unless it was registered again since it was listed.</summary>
    /// <remarks>False from the delete: registered again (reopened) meanwhile, or another instance forgot it first.</remarks>
    public Task ForgetAsync(string caseNumber, string etag, CancellationToken cancellationToken) =>
        _index.TryDeleteAsync(Partition, TableKeys.Encode(caseNumber), etag, cancellationToken);

    /// <summary>A case that may be open, and when it was last registered.</summary>
    private sealed record OpenCase(string CaseNumber, DateTimeOffset RegisteredAt);
}
