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

    private static readonly RowCodec<Lease> Codec = new(
        lease => new Dictionary<string, object?> { ["Owner"] = lease.Owner, ["ExpiresAt"] = lease.Expires },
        row => new Lease(row.GetString("Owner"), row.Value<DateTimeOffset>("ExpiresAt")));

    private readonly RowTable<Lease> _leases = new(store, TableName, Codec);

    /// <summary>This process, as a lease holder.</summary>
    public string Owner { get; } = $"{Environment.ProcessId}-{Guid.NewGuid():N}@{Environment.MachineName}";

    /// <returns>True when this instance holds the lease for <paramref name="job"/> for the next <paramref name="duration"/>.</returns>
    public async Task<bool> TryHoldAsync(string job, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var current = await _leases.GetAsync(Partition, job, cancellationToken).ConfigureAwait(false);
        if (current is { Value: { Expires: { } expires } held } && held.Owner != Owner && expires > now)
        {
            return false;
        }

        // Null: another instance took or renewed it first.
        return await _leases.TryWriteAsync(Partition, job, new Lease(Owner, now + duration), current?.ETag, cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <summary>
    /// Renews the lease every third of <paramref name="duration"/> until cancelled, so a pass that outlasts the
    /// lease (a fan-out to thousands) is not joined halfway by another instance doing the same work.
    /// </summary>
    /// <returns>When the lease could not be renewed: the caller must stop starting work.</returns>
    public async Task KeepAsync(string job, TimeSpan duration, CancellationToken cancellationToken)
    {
        while (true)
        {
            await Task.Delay(duration / 3, time, cancellationToken).ConfigureAwait(false);
            try
            {
                if (!await TryHoldAsync(job, duration, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }
            }
            catch (StorageException)
            {
                // Still ours until it expires, but we can no longer promise that: stop, and try again next pass.
                return;
            }
        }
    }

    /// <summary>Gives the lease up if this instance holds it, so that on a graceful stop another takes over at once.</summary>
    public async Task ReleaseAsync(string job, CancellationToken cancellationToken)
    {
        var current = await _leases.GetAsync(Partition, job, cancellationToken).ConfigureAwait(false);
        if (current is null || current.Value.Owner != Owner)
        {
            return;
        }

        // False: taken over meanwhile, so nothing of ours to give up.
        await _leases.TryDeleteAsync(Partition, job, current.ETag, cancellationToken).ConfigureAwait(false);
    }

    /// <param name="Owner">The holder (see <see cref="JobLease.Owner"/>).</param>
    /// <param name="Expires">When the holder loses it unless it renews.</param>
    private sealed record Lease(string? Owner, DateTimeOffset? Expires);
}
