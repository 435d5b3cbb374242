using SocialRiskBot.Conversations;

namespace SocialRiskBot.Training.Teams;

/// <summary>
/// Removing the app from personal chat makes the learner unreachable for outreach (and listed so in reports);
/// adding it again makes them reachable.
/// </summary>
public sealed class LearnerReachability(TrainingStore store) : IPersonalChatObserver
{
    public Task OnPersonalChatChangedAsync(string userKey, bool reachable, CancellationToken cancellationToken) =>
        store.UpdateLearnerAsync(userKey, learner => learner with { Unreachable = !reachable }, cancellationToken);
}
