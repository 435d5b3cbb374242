using SocialRiskBot.Outbox;
using SocialRiskBot.Training.Teams;

namespace SocialRiskBot.Training.Teams;

/// <summary>
/// A training message Teams refused for good (the user blocked or uninstalled the bot): the user is marked
/// unreachable, so outreach stops writing to them and reports list them, until they talk to the bot again.
/// </summary>
public sealed class TrainingMessageUndelivered(TrainingStore store) : IOutboxObserver
{
    public string Purpose => TrainingOutreach.Purpose;

    public Task OnDeliveredAsync(OutboxMessage message, OutboxDelivery delivery, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task OnAbandonedAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        store.UpdateLearnerAsync(message.Subject, learner => learner with { Unreachable = true }, cancellationToken);
}
