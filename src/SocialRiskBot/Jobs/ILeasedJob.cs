namespace SocialRiskBot.Jobs;

/// <summary>
/// A feature's background job, run by <see cref="LeasedJobHost{TJob}"/> on one instance at a time: register it with
/// <see cref="JobsServiceCollectionExtensions.AddLeasedJob{TJob}"/>. Settings are read on each use, so a changed
/// interval takes effect at the next wait.
/// </summary>
public interface ILeasedJob
{
    /// <summary>The lease row's name (stored data: never rename); one instance at a time runs the job.</summary>
    string Name { get; }

    /// <summary>How long a pass holds the lease: longer than the wait, so the holder keeps it while it lives.</summary>
    TimeSpan LeaseDuration { get; }

    Task RunPassAsync(CancellationToken cancellationToken);

    /// <summary>Until the next pass: an interval, or earlier when there is work.</summary>
    Task WaitAsync(CancellationToken cancellationToken);
}
