using SocialRiskBot.Telemetry;

namespace SocialRiskBot.Outbox;

/// <summary>The messages a delivery pass leaves waiting, counted as partitions drain side by side.</summary>
internal sealed class OutboxWaiting
{
    private readonly Lock _gate = new();
    private long _messages;
    private DateTimeOffset? _oldest;

    public void Add(OutboxRow row)
    {
        var created = row.CreatedAt;
        lock (_gate)
        {
            _messages++;
            if (created < (_oldest ?? DateTimeOffset.MaxValue))
            {
                _oldest = created;
            }
        }
    }

    public OutboxBacklog Backlog(DateTimeOffset now)
    {
        lock (_gate)
        {
            return new OutboxBacklog(_messages, _oldest is { } oldest && oldest < now ? now - oldest : TimeSpan.Zero);
        }
    }
}
