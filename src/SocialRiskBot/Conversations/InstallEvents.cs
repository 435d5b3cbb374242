using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Cards;

namespace SocialRiskBot.Conversations;

/// <summary>
/// Install and uninstall (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/subscribe-to-conversation-events). Teams and the Playground send both <c>conversationUpdate</c> and
/// <c>installationUpdate</c> on install, and resend them; the registry makes the welcome happen once. Adding
/// or removing the app in personal chat is told to every <see cref="IPersonalChatObserver"/> the features registered.
/// </summary>
public sealed class InstallEvents(InstallationRegistry installations, CardRenderer cards, IEnumerable<IPersonalChatObserver> observers)
{
    internal const string ChannelWelcome =
        "Hello, team! I'm SocialRiskBot. I help everyone here handle social-media risk: quizzes, policy answers, and reports of social-media problems, which I can route to a channel like this one. Mention me with **help** to see what I can do.";

    public async Task OnConversationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.MembersAdded?.Any(activity.IsBot) == true)
        {
            await WelcomeAsync(turn, cancellationToken).ConfigureAwait(false);
        }
        else if (activity.MembersRemoved?.Any(activity.IsBot) == true)
        {
            await ForgetAsync(turn, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task OnInstallationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        switch (turn.Activity.Action)
        {
            case "add":
                await WelcomeAsync(turn, cancellationToken).ConfigureAwait(false);
                break;
            case "remove":
                await ForgetAsync(turn, cancellationToken).ConfigureAwait(false);
                break;

            // add-upgrade / remove-upgrade: the same installation, a new app version; nothing to say.
        }
    }

    private async Task WelcomeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var (scope, id) = InstallationOf(turn.Activity);
        await SetReachableAsync(turn, scope, reachable: true, cancellationToken).ConfigureAwait(false);
        if (!await installations.TryRecordAsync(scope, id, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var welcome = scope == InstallationScope.Personal
            ? Replies.Card(cards.Render(new WelcomeCard(UserNames.FirstName(await UserNames.DisplayNameAsync(turn, cancellationToken).ConfigureAwait(false)) ?? "there")))
            : Replies.Text(ChannelWelcome);
        await turn.SendAsync(welcome, cancellationToken).ConfigureAwait(false);
    }

    private async Task ForgetAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var (scope, id) = InstallationOf(turn.Activity);
        await installations.ForgetAsync(scope, id, cancellationToken).ConfigureAwait(false);
        await SetReachableAsync(turn, scope, reachable: false, cancellationToken).ConfigureAwait(false);
    }

    private async Task SetReachableAsync(TurnContext turn, InstallationScope scope, bool reachable, CancellationToken cancellationToken)
    {
        if (scope == InstallationScope.Personal && turn.Activity.From?.Id is not null)
        {
            var user = UserNames.KeyOf(turn);
            foreach (var observer in observers)
            {
                await observer.OnPersonalChatChangedAsync(user, reachable, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A team installation is keyed by the team; anything else by its conversation.</summary>
    private static (InstallationScope Scope, string Id) InstallationOf(Activity activity)
    {
        var team = activity.GetTeamsChannelData().Team?.Id;
        return activity.Conversation?.ConversationType is "channel" || team is not null
            ? (InstallationScope.Team, team ?? activity.Conversation!.Id!)
            : (InstallationScope.Personal, activity.Conversation!.Id!);
    }
}
