using SocialRiskBot.Conversations;

namespace SocialRiskBot.Training.Teams;

/// <summary>Learners' contacts read from the conversation references the turn pipeline keeps.</summary>
public sealed class ConversationLearnerContacts(ConversationReferenceStore references) : ILearnerContacts
{
    public async IAsyncEnumerable<(string UserKey, LearnerContact Contact)> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var (key, reference) in references.UsersAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return (key, new LearnerContact(reference.ServiceUrl, reference.ConversationId, reference.TenantId, reference.TimeZone));
        }
    }
}
