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
}
