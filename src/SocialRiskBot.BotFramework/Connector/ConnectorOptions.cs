using System.ComponentModel.DataAnnotations;

namespace SocialRiskBot.BotFramework.Connector;

/// <summary>Timeouts, retries and pacing of calls to the Bot Connector (brief §D.8).</summary>
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

    /// <summary>Pace sends per conversation inside Teams' per-bot, per-thread limits. Off only in benchmarks.</summary>
    public bool PaceSends { get; set; } = true;
}
