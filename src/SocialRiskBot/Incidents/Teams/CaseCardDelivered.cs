using SocialRiskBot.Incidents;
using SocialRiskBot.Outbox;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>
/// Records where a case card landed (its thread and message, and the service URL and tenant that reached it), so
/// later changes update that card in place and background jobs can post in its thread.
/// </summary>
public sealed class CaseCardDelivered(IncidentStore incidents) : IOutboxObserver
{
    public string Purpose => CaseRouting.CaseCardPurpose;

    public Task OnDeliveredAsync(OutboxMessage message, OutboxDelivery delivery, CancellationToken cancellationToken) =>
        incidents.UpdateAsync(message.Subject, incident => incident with
        {
            ThreadConversationId = delivery.ConversationId,
            CardActivityId = delivery.ActivityId,
            ServiceUrl = message.ServiceUrl,
            TenantId = message.TenantId ?? incident.TenantId,
        }, cancellationToken);

    public Task OnAbandonedAsync(OutboxMessage message, CancellationToken cancellationToken) => Task.CompletedTask;
}
