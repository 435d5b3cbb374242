using System.Collections.Concurrent;
using SocialRiskBot.Outbox;

namespace SocialRiskBot.FanOutBench;

/// <summary>The feature's side of the outbox: which invitations were delivered and which given up, across both hosts.</summary>
public sealed class DeliveryLedger : IOutboxObserver
{
    public const string PurposeName = "training-invitation";

    public ConcurrentDictionary<string, int> Delivered { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, int> Abandoned { get; } = new(StringComparer.Ordinal);

    public string Purpose => PurposeName;

    public Task OnDeliveredAsync(OutboxMessage message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        Delivered.AddOrUpdate(message.Subject, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }

    public Task OnAbandonedAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        Abandoned.AddOrUpdate(message.Subject, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }
}
