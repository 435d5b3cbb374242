namespace SocialRiskBot.Jobs;

/// <summary>
/// A background job that runs a pass, then waits, for as long as the host runs, and only on the instance that
/// holds the job's lease. A failing pass is logged and tried again after the wait; it never stops the host.
/// </summary>
public abstract partial class LeasedJob(JobLease lease, ILogger logger) : BackgroundService
{
    /// <summary>The lease row's name; one instance at a time runs the job.</summary>
    protected abstract string Name { get; }

    /// <summary>How long a pass holds the lease: longer than the wait, so the holder keeps it while it lives.</summary>
    protected abstract TimeSpan LeaseDuration { get; }

    protected abstract Task RunPassAsync(CancellationToken cancellationToken);

    /// <summary>Until the next pass: an interval, or earlier when there is work.</summary>
    protected abstract Task WaitAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await lease.TryHoldAsync(Name, LeaseDuration, stoppingToken).ConfigureAwait(false))
                {
                    await RunPassAsync(stoppingToken).ConfigureAwait(false);
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
                await WaitAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job}: the pass failed; trying again at the next interval")]
    private static partial void LogPassFailed(ILogger logger, string job, Exception exception);
}
