using SocialRiskBot.Profiles;

namespace SocialRiskBot.Training;

/// <summary>How to reach a person in their personal chat with the bot, as last seen.</summary>
public sealed record LearnerContact(string ServiceUrl, string? ConversationId, string? TenantId, string? TimeZone);

/// <summary>Everyone the bot has heard from, with how to reach them: the Teams layer knows.</summary>
public interface ILearnerContacts
{
    IAsyncEnumerable<(string UserKey, LearnerContact Contact)> AllAsync(CancellationToken cancellationToken);
}

/// <summary>A user the bot has heard from: how to reach them, and their settings (defaults when they saved none).</summary>
public sealed record KnownLearner(string UserKey, LearnerContact Reference, UserProfile Profile)
{
    /// <summary>We have a personal chat with them to write to.</summary>
    public bool HasPersonalChat => Reference.ConversationId is { Length: > 0 };
}

/// <summary>Everyone training can reach or report on: each user with a stored conversation reference.</summary>
public sealed class KnownLearners(ILearnerContacts contacts, UserProfileStore profiles)
{
    public async IAsyncEnumerable<KnownLearner> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = await profiles.AllAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var (key, contact) in contacts.AllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new KnownLearner(key, contact, settings.GetValueOrDefault(key) ?? UserProfile.New(key));
        }
    }
}
