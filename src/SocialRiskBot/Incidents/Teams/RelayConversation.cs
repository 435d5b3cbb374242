using System.Text.Json;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.Cards;
using SocialRiskBot.Conversations;
using SocialRiskBot.Incidents;
using SocialRiskBot.Incidents.Relay;
using SocialRiskBot.Outbox;
using SocialRiskBot.Storage;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>
/// The reporter answering a responder's question (<c>relay.answer</c> on the card <see cref="CaseConversation"/>
/// sent them): the answer is posted in the case thread and the case card updated, the question card is replaced
/// in place with the answer, and a second Send changes nothing.
/// </summary>
public sealed class RelayConversation(ReporterRelay relay, IncidentStore incidents, CaseCardComposer composer, CaseThread thread, CardRenderer cards)
{
    internal const string RelayAnswerPurpose = "relay-answer";
    internal const string NotFound = "I can't find that case or question any more, so nothing was sent.";
    internal const string NotReporter = "This question is for the person who reported the case, so I didn't send anything.";

    /// <summary><c>relay.answer</c>: the reporter's answer to the question on the card.</summary>
    public async Task OnAnswerAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken)
    {
        var caseNumber = CardValues.Text(form, "case");
        if (!CaseNumber.TryParse(caseNumber, out _))
        {
            await turn.SendAsync(Replies.Text(NotFound), cancellationToken).ConfigureAwait(false);
            return;
        }

        var outcome = await AnswerAsync(turn, caseNumber!, CardValues.Text(form, "question"), CardValues.Text(form, "answer"), cancellationToken).ConfigureAwait(false);
        switch (outcome.Kind)
        {
            case RelayOutcomeKind.Answered:
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

    /// <summary>Any other <c>relay.</c> button: nothing is sent.</summary>
    public async Task OnUnknownAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken) =>
        await turn.SendAsync(Replies.Text(NotFound), cancellationToken).ConfigureAwait(false);

    /// <remarks>When a responder changed the case meanwhile, the next attempt answers the case as it is now.</remarks>
    private Task<RelayOutcome> AnswerAsync(TurnContext turn, string caseNumber, string? questionId, string? answer, CancellationToken cancellationToken) =>
        ReadChangeWrite.RunAsync(async token =>
        {
            var outcome = await relay.AnswerAsync(UserNames.KeyOf(turn), caseNumber, questionId, answer, token).ConfigureAwait(false);
            return outcome.Kind != RelayOutcomeKind.Answering
                ? Attempt.Done(outcome)
                : Attempt.Write(outcome with { Kind = RelayOutcomeKind.Answered }, write =>
                    incidents.TryUpdateAsync(outcome.Incident!, outcome.ETag!, Notifications(turn, outcome.Incident!, outcome.Question!), write));
        }, cancellationToken);

    /// <summary>The answer in the case thread and the card updated there (see <see cref="CaseThread"/>).</summary>
    private List<OutboxMessage> Notifications(TurnContext turn, Incident after, RelayQuestion question) =>
        thread.Messages(turn, after, Replies.Card(cards.Render(composer.Answer(after, question))), RelayAnswerPurpose);
}
