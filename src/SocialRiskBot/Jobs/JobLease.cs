using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Jobs;

/// <summary>
/// A lease row per job, taken and renewed with ETag-conditional writes, so that when the bot is scaled out
/// one instance at a time runs each job. A holder that stops renewing loses the lease when it expires.
/// </summary>
public sealed class JobLease(ITableStore store, TimeProvider time)
{
    private const string TableName = "JobLeases";
    private const string Partition = "lease";

    /// <summary>This process, as a lease holder.</summary>
    public string Owner { get; } = $"{Environment.ProcessId}-{Guid.NewGuid():N}@{Environment.MachineName}";

    /// <returns>True when this instance holds the lease for <paramref name="job"/> for the next <paramref name="duration"/>.</returns>
    public async Task<bool> TryHoldAsync(string job, TimeSpan duration, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var current = await table.GetAsync(Partition, job, cancellationToken).ConfigureAwait(false);
        if (current is not null
            && current.GetString("Owner") != Owner
            && current.Properties.TryGetValue("ExpiresAt", out var e) && e is DateTimeOffset expires && expires > now)
        {
            return false;
        }

        var lease = new TableRow(Partition, job)
        {
            ETag = current?.ETag,
            Properties = new Dictionary<string, object?> { ["Owner"] = Owner, ["ExpiresAt"] = now + duration },
        };
        // False: another instance took or renewed it first.
        return await table.TryWriteAsync(lease, cancellationToken).ConfigureAwait(false);
    }
}
