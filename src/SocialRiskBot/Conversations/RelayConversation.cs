using System.Text.Json;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.Cards;
using SocialRiskBot.Incidents;
using SocialRiskBot.Incidents.Relay;
using SocialRiskBot.Outbox;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Conversations;

/// <summary>
/// The reporter answering a responder's question (<c>relay.answer</c> on the card <see cref="CaseConversation"/>
/// sent them): the answer is posted in the case thread and the case card updated, the question card is replaced
/// in place with the answer, and a second Send changes nothing.
/// </summary>
public sealed class RelayConversation(ReporterRelay relay, CaseCardComposer composer, CaseThread thread, CardRenderer cards, OutboxWriter outbox)
{
    internal const string RelayAnswerPurpose = "relay-answer";
    internal const string NotFound = "I can't find that case or question any more, so nothing was sent.";
    internal const string NotReporter = "This question is for the person who reported the case, so I didn't send anything.";

    public async Task OnCardAsync(TurnContext turn, string action, JsonElement form, CancellationToken cancellationToken)
    {
        var caseNumber = CardValues.Text(form, "case");
        if (action != "answer" || !CaseNumber.TryParse(caseNumber, out _))
        {
            await turn.SendAsync(Replies.Text(NotFound), cancellationToken).ConfigureAwait(false);
            return;
        }

        var outcome = await relay.AnswerAsync(UserNames.KeyOf(turn), caseNumber!, CardValues.Text(form, "question"), CardValues.Text(form, "answer"),
            (before, after, question, ct) => NotificationsAsync(turn, after, question, ct), cancellationToken).ConfigureAwait(false);
        switch (outcome.Kind)
        {
            case RelayOutcomeKind.Answered:
                outbox.Committed();
                await turn.ReplaceSubmittedCardAsync(Replies.Card(cards.Render(composer.Question(outcome.Incident!, outcome.Question!))), cancellationToken).ConfigureAwait(false);
                break;
            case RelayOutcomeKind.AlreadyAnswered:
                await turn.SendAsync(Replies.Text("You've answered this question already, so I didn't send it again. The card shows the answer they have."), cancellationToken).ConfigureAwait(false);
                await turn.ReplaceSubmittedCardAsync(Replies.Card(cards.Render(composer.Question(outcome.Incident!, outcome.Question!))), cancellationToken).ConfigureAwait(false);
                break;
            case RelayOutcomeKind.Refused:
                await turn.SendAsync(Replies.Text(outcome.Message!), cancellationToken).ConfigureAwait(false);
                break;
            default:
                await turn.SendAsync(Replies.Text(outcome.Kind == RelayOutcomeKind.NotReporter ? NotReporter : NotFound), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>The answer in the case thread and the card updated there (see <see cref="CaseThread"/>).</summary>
    private Task<IReadOnlyList<TableOperation>> NotificationsAsync(TurnContext turn, Incident after, RelayQuestion question, CancellationToken cancellationToken) =>
        thread.PostAsync(turn, after, Replies.Card(cards.Render(composer.Answer(after, question))), RelayAnswerPurpose, cancellationToken);
}
