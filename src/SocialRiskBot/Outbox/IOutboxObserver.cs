namespace SocialRiskBot.Outbox;

/// <summary>Told when a message of its <see cref="Purpose"/> was delivered or given up, e.g. to store a case card's thread id.</summary>
public interface IOutboxObserver
{
    string Purpose { get; }

    Task OnDeliveredAsync(OutboxMessage message, OutboxDelivery delivery, CancellationToken cancellationToken);

    Task OnAbandonedAsync(OutboxMessage message, CancellationToken cancellationToken);
}
