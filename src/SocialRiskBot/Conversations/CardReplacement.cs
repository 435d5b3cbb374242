using SocialRiskBot.BotFramework.Connector;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.BotFramework.Schema;

namespace SocialRiskBot.Conversations;

public static class CardReplacement
{
    /// <summary>
    /// After a card's submit, its message becomes <paramref name="card"/> (PUT update), so the old card cannot be
    /// submitted again. Without the card's id (some clients), the new state is sent as a new message.
    /// </summary>
    public static async Task ReplaceSubmittedCardAsync(this TurnContext turn, Activity card, CancellationToken cancellationToken)
    {
        if (turn.Activity.ReplyToId is { Length: > 0 } cardId)
        {
            await turn.UpdateAsync(cardId, card, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await turn.SendAsync(card, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Replaces an earlier message of this conversation, if Teams still has it.</summary>
    /// <returns>False when Teams refused (the message was deleted, or is too old to edit): the caller sends anew.</returns>
    public static async Task<bool> TryUpdateAsync(this TurnContext turn, string activityId, Activity card, CancellationToken cancellationToken)
    {
        try
        {
            await turn.UpdateAsync(activityId, card, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ConnectorException ex) when (ex.Status is >= System.Net.HttpStatusCode.BadRequest and < System.Net.HttpStatusCode.InternalServerError)
        {
            return false;
        }
    }
}
