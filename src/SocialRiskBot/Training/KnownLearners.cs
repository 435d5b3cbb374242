using SocialRiskBot.Conversations;
using SocialRiskBot.Profiles;

namespace SocialRiskBot.Training;

/// <summary>A user the bot has heard from: how to reach them, and their settings (defaults when they saved none).</summary>
public sealed record KnownLearner(string UserKey, ConversationReference Reference, UserProfile Profile)
{
    /// <summary>We have a personal chat with them to write to.</summary>
    public bool HasPersonalChat => Reference.ConversationId is { Length: > 0 };
}

/// <summary>Everyone training can reach or report on: each user with a stored conversation reference.</summary>
public sealed class KnownLearners(ConversationReferenceStore references, UserProfileStore profiles)
{
    public async IAsyncEnumerable<KnownLearner> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = await profiles.AllAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var (key, reference) in references.UsersAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new KnownLearner(key, reference, settings.GetValueOrDefault(key) ?? UserProfile.New(key));
        }
    }
}
