using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Incidents;
using SocialRiskBot.Outbox;

using SocialRiskBot.Conversations;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>
/// What the reporter's side of a case posts for its responders: a message in the case thread and the case card
/// refreshed there. Nothing to post while the card has not reached its channel yet (the change is in the history
/// the card will show). A tenant's chats and channels share its service URL, so the reporter's turn names the right one.
/// </summary>
public sealed class CaseThread(CaseRouting routing, OutboxWriter outbox)
{
    public List<OutboxMessage> Messages(TurnContext turn, Incident after, Activity post, string purpose)
    {
        var messages = new List<OutboxMessage>();
        if (after.ThreadConversationId is { } thread)
        {
            var serviceUrl = turn.Activity.ServiceUrl!;
            messages.Add(outbox.Message(OutboxKind.Send, serviceUrl, thread, null, null, post, purpose, after.CaseNumber));
            if (routing.CardUpdate(after, serviceUrl) is { } update)
            {
                messages.Add(update);
            }
        }

        return messages;
    }
}
