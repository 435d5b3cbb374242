namespace SocialRiskBot.Conversations;

/// <summary>
/// Told when a person adds the bot to their personal chat (it may write to them) or removes it (it may not, until
/// they add it again), e.g. so training outreach stops and starts. Told again when Teams resends an install event.
/// </summary>
public interface IPersonalChatObserver
{
    /// <param name="userKey">The person, as <see cref="UserNames.KeyOf"/> names them.</param>
    /// <param name="reachable">True when the bot was added, false when it was removed.</param>
    Task OnPersonalChatChangedAsync(string userKey, bool reachable, CancellationToken cancellationToken);
}
