using SocialRiskBot.Storage;

namespace SocialRiskBot.Jobs;

/// <summary>
/// Runs a feature's <typeparamref name="TJob"/>: a pass, then its wait, for as long as the host runs, and only on
/// the instance that holds the job's lease. The lease is renewed while a pass runs and given up when the host
/// stops. A failing pass is logged and tried again after the wait; it never stops the host. Registered by
/// <see cref="JobsServiceCollectionExtensions.AddLeasedJob{TJob}"/>.
/// </summary>
public sealed partial class LeasedJobHost<TJob>(TJob job, JobLease lease, ILogger<LeasedJobHost<TJob>> logger) : BackgroundService
    where TJob : ILeasedJob
{
    private string Name => job.Name;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunWhileHostRunsAsync(stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            await ReleaseLeaseAsync().ConfigureAwait(false);
        }
    }

    private async Task RunWhileHostRunsAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await lease.TryHoldAsync(Name, job.LeaseDuration, stoppingToken).ConfigureAwait(false))
                {
                    await RunPassHoldingLeaseAsync(stoppingToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The job's error boundary: storage down, a bug in an observer… the rows are still there
                // next time, and a background job must never stop the host.
                LogPassFailed(logger, Name, ex);
            }

            try
            {
                await job.WaitAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>The pass is cancelled when the host stops or when the lease can no longer be renewed.</summary>
    private async Task RunPassHoldingLeaseAsync(CancellationToken stoppingToken)
    {
        using var pass = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        using var passOver = new CancellationTokenSource();
        var keep = KeepLeaseAsync(pass, passOver.Token);
        try
        {
            await job.RunPassAsync(pass.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (pass.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            // Lease lost and already logged; whoever holds it now carries on.
        }
        finally
        {
            await passOver.CancelAsync().ConfigureAwait(false);
            await keep.ConfigureAwait(false);
        }
    }

    private async Task KeepLeaseAsync(CancellationTokenSource pass, CancellationToken passOver)
    {
        try
        {
            await lease.KeepAsync(Name, job.LeaseDuration, passOver).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (passOver.IsCancellationRequested)
        {
            return;
        }

        LogLeaseLost(logger, Name);
        await pass.CancelAsync().ConfigureAwait(false);
    }

    /// <summary>After the last pass has finished, so nothing of ours is still in flight when another instance starts.</summary>
    private async Task ReleaseLeaseAsync()
    {
        try
        {
            await lease.ReleaseAsync(Name, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is StorageException or ObjectDisposedException)
        {
            // It expires on its own; the next instance merely waits for that.
            LogReleaseFailed(logger, Name, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job}: the pass failed; trying again at the next interval")]
    private static partial void LogPassFailed(ILogger logger, string job, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job}: the lease could not be renewed; the pass stops starting work")]
    private static partial void LogLeaseLost(ILogger logger, string job);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job}: the lease could not be released; it will expire")]
    private static partial void LogReleaseFailed(ILogger logger, string job, Exception exception);
}
