using System.Text.Json;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.Cards;
using SocialRiskBot.Conversations;
using SocialRiskBot.Incidents;
using SocialRiskBot.Organization;
using SocialRiskBot.Organization.Teams;
using SocialRiskBot.Outbox;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>
/// Responders working a case from its card in the department channel. The card is updated in place for
/// everyone through the outbox, and the reporter hears about acknowledge, reroute and resolve in personal chat,
/// and gets the responders' questions there ("Ask reporter"; <see cref="RelayConversation"/> takes the answers).
/// </summary>
public sealed class CaseConversation(
    CaseService cases,
    ResponderCheck responders,
    CaseCardComposer composer,
    CaseRouting routing,
    CardRenderer cards,
    OutboxWriter outbox,
    DepartmentDirectory departments,
    CaseTrainingAssignment training)
{
    internal const string UnknownCase = "That card doesn't point at a case I know, so I didn't change anything.";
    internal const string ReporterNotifyPurpose = "reporter-update";
    internal const string RelayQuestionPurpose = "relay-question";

    /// <summary>
    /// A button of the case card (<c>case.acknowledge</c>, <c>case.resolve</c>, …), each registered with its
    /// <paramref name="caseAction"/>: the responder's change made on the case, the card updated for everyone.
    /// </summary>
    public async Task OnCardAsync(TurnContext turn, CaseAction caseAction, JsonElement form, CancellationToken cancellationToken)
    {
        var caseNumber = CardValues.Text(form, "case");
        if (!CaseNumber.TryParse(caseNumber, out _))
        {
            await turn.SendAsync(Replies.Text(UnknownCase), cancellationToken).ConfigureAwait(false);
            return;
        }

        var (incident, _) = await cases.GetAsync(caseNumber!, cancellationToken).ConfigureAwait(false);
        if (incident is null)
        {
            await turn.SendAsync(Replies.Text(UnknownCase), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!await responders.MayActAsync(turn, incident.OwnerId, cancellationToken).ConfigureAwait(false))
        {
            var owner = composer.OwnerName(incident);
            await turn.SendAsync(Replies.Text($"Only {owner}'s responders (and the risk committee) can act on this case, so I didn't change anything. If you should be one, ask them to add you to their team."), cancellationToken).ConfigureAwait(false);
            return;
        }

        var (assignment, problem) = caseAction == CaseAction.Resolve ? training.Read(form) : (null, null);
        if (problem is not null)
        {
            await turn.SendAsync(Replies.Text(problem), cancellationToken).ConfigureAwait(false);
            return;
        }

        var actor = await UserNames.DisplayNameAsync(turn, cancellationToken).ConfigureAwait(false) ?? "A responder";
        var request = new CaseActionRequest(caseNumber!, CardValues.Version(form), caseAction, actor,
            CardValues.Text(form, caseAction switch { CaseAction.Note => "note", CaseAction.AskReporter => "question", _ => "summary" }),
            CardValues.Text(form, caseAction == CaseAction.Reroute ? "department" : "severity"))
        {
            TrainingAssigned = assignment is null ? null : CaseTrainingAssignment.Describe(assignment),
        };
        var outcome = await cases.ApplyAsync(request, cancellationToken).ConfigureAwait(false);
        if (outcome.Kind == CaseActionOutcomeKind.Changed)
        {
            // Before the case is written: if that write loses a race, pressing again makes the same campaign, not a second.
            if (assignment is not null)
            {
                await training.AssignAsync(assignment, turn, actor, cancellationToken).ConfigureAwait(false);
            }

            outcome = await cases.CommitAsync(outcome, await NotificationsAsync(turn, outcome.Before!, outcome.Incident!, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }

        switch (outcome.Kind)
        {
            case CaseActionOutcomeKind.Done:
                break;
            case CaseActionOutcomeKind.Stale:
                await turn.SendAsync(Replies.Text(outcome.Message!), cancellationToken).ConfigureAwait(false);
                await turn.ReplaceSubmittedCardAsync(Replies.Card(cards.Render(composer.Card(outcome.Incident!))), cancellationToken).ConfigureAwait(false);
                break;
            default:
                await turn.SendAsync(Replies.Text(outcome.Message ?? UnknownCase), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Any other <c>case.</c> button: nothing changes, and the responder is told.</summary>
    public async Task OnUnknownAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken) =>
        await turn.SendAsync(Replies.Text(UnknownCase), cancellationToken).ConfigureAwait(false);

    /// <summary>The pressed card updated for everyone; on reroute a new card in the new owner's channel; the reporter told.</summary>
    private async Task<IReadOnlyList<OutboxMessage>> NotificationsAsync(TurnContext turn, Incident before, Incident after, CancellationToken cancellationToken)
    {
        var messages = new List<OutboxMessage>();
        var card = Replies.Card(cards.Render(composer.Card(after)));
        if (turn.Activity.ReplyToId is { Length: > 0 } cardId)
        {
            messages.Add(outbox.Message(OutboxKind.Update, turn.Activity.ServiceUrl!, turn.Activity.Conversation!.Id!, cardId, null, card, CaseRouting.CaseCardUpdatePurpose, after.CaseNumber));
        }

        if (after.OwnerId != before.OwnerId && await routing.CaseCardMessageAsync(after, turn, cancellationToken).ConfigureAwait(false) is { } moved)
        {
            messages.Add(moved);
        }

        // Addressed to the reporter, not to their chat: the case stores no trace of who they are (see ReporterAddressBook).
        var reporter = ReporterAddressBook.AddressOf(after);
        if (ReporterMessage(before, after) is { } text)
        {
            messages.Add(outbox.ToAddress(reporter, Replies.Text(text), ReporterNotifyPurpose, after.CaseNumber));
        }

        if (after.Questions.Count > before.Questions.Count)
        {
            messages.Add(outbox.ToAddress(reporter, Replies.Card(cards.Render(composer.Question(after, after.Questions[^1]))), RelayQuestionPurpose, after.CaseNumber));
        }

        return messages;
    }

    /// <summary>What the reporter is told, in plain words; null when the change is internal to the responders.</summary>
    private string? ReporterMessage(Incident before, Incident after)
    {
        var owner = departments.Find(after.OwnerId)?.Name ?? after.OwnerId;
        if (after.Status == IncidentStatus.Resolved && before.Status != IncidentStatus.Resolved)
        {
            return $"Your report {after.CaseNumber} was resolved by {owner}: \"{after.Resolution}\"";
        }

        if (after.OwnerId != before.OwnerId)
        {
            return $"Your report {after.CaseNumber} is now with {owner}, who are better placed to handle it.";
        }

        return before.Status == IncidentStatus.New && after.Status == IncidentStatus.Acknowledged
            ? $"Good news: {owner} picked up your report {after.CaseNumber} and {(after.AssigneeName is null ? "is" : $"{after.AssigneeName} is")} on it."
            : null;
    }
}
