using System.ComponentModel.DataAnnotations;

namespace SocialRiskBot.BotFramework.Connector;

/// <summary>Timeouts, retries and pacing of calls to the Bot Connector (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit).</summary>
public sealed class ConnectorOptions
{
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay; doubled on each retry, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap for one wait, including a server's <c>Retry-After</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Pace sends per conversation inside Teams' per-bot, per-thread limits. Off only in benchmarks.
    /// It does not touch the tenant limit: that has its own switch, <see cref="LimitTenantRequests"/>.
    /// </summary>
    public bool PaceSends { get; set; } = true;

    /// <summary>
    /// Teams' limit per app per tenant (50 per second today, https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit): at most this many connector calls of
    /// any kind, every attempt and retry included, in any one second. Each call keeps its slot until a second
    /// after its answer. It is per process, for all tenants together: when several instances call Teams at once,
    /// give each its share of the tenant's rate.
    /// </summary>
    [Range(1, 1000)]
    public int TenantRequestsPerSecond { get; set; } = 50;

    /// <summary>
    /// Hold this process within <see cref="TenantRequestsPerSecond"/>, and pause every call for the
    /// <c>Retry-After</c> of any 429 (1 s when absent, at most <see cref="MaxRetryDelay"/>). Off only in
    /// benchmarks of the bot's own turn throughput, which would otherwise measure Teams' limit instead.
    /// </summary>
    public bool LimitTenantRequests { get; set; } = true;
}
