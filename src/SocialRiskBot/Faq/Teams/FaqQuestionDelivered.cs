using SocialRiskBot.Faq;
using SocialRiskBot.Outbox;

namespace SocialRiskBot.Faq.Teams;

/// <summary>Records where a policy question's card landed, so the reminder goes into its thread.</summary>
public sealed class FaqQuestionDelivered(AskedQuestionStore questions) : IOutboxObserver
{
    public string Purpose => PolicyTeamConversation.QuestionCardPurpose;

    public Task OnDeliveredAsync(OutboxMessage message, OutboxDelivery delivery, CancellationToken cancellationToken) =>
        questions.UpdateAsync(message.Subject, q => q.PolicyTeam is { } team
            ? q with { PolicyTeam = team with { ThreadConversationId = delivery.ConversationId, CardActivityId = delivery.ActivityId } }
            : null, cancellationToken);

    public Task OnAbandonedAsync(OutboxMessage message, CancellationToken cancellationToken) => Task.CompletedTask;
}
