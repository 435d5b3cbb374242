using System.ComponentModel.DataAnnotations;

namespace SocialRiskBot.Outbox;

/// <summary>The <c>Outbox</c> section: how often the dispatcher looks, and how it backs off.</summary>
public sealed class OutboxOptions
{
    /// <summary>How often pending messages are looked for when nothing wakes the dispatcher.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>First wait after a failed delivery; doubled each time up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>After this many failed attempts (about 8 hours at the default delays) a message is given up.</summary>
    [Range(1, 10_000)]
    public int MaxAttempts { get; set; } = 100;

    /// <summary>
    /// How many partitions are delivered at once. Messages of one partition (one person's, one case's) always go
    /// one after the other, in creation order; the tenant's rate limit, not this, is what paces a large fan-out.
    /// </summary>
    [Range(1, 64)]
    public int Parallelism { get; set; } = 8;

    /// <summary>How long one instance holds the dispatcher's lease when scaled out.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);
}
