using System.Text.Json;
using Microsoft.Extensions.Options;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Cards;
using SocialRiskBot.Evidence;
using SocialRiskBot.Incidents;
using SocialRiskBot.Incidents.Relay;
using SocialRiskBot.Outbox;
using SocialRiskBot.Storage;

using SocialRiskBot.Conversations;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>
/// <c>my reports</c>: the reporter's latest cases, where each stands and how it was resolved; from there they add
/// details to an open case (<c>report.adddetails</c>) or say a resolved one is not fixed (<c>report.notfixed</c>).
/// Either goes to the responders in the case thread, and the pressed list is replaced in place by the list as it is now.
/// </summary>
public sealed class MyReportsConversation(
    ReporterCases reporterCases,
    ReporterFollowUp followUp,
    CaseCardComposer caseCards,
    CaseThread thread,
    CardRenderer cards,
    IOptions<EvidenceOptions> evidenceOptions,
    TimeProvider time)
{
    internal const string DetailsPurpose = "reporter-details";
    internal const string NotFixedPurpose = "reporter-not-fixed";
    internal const string NotFound = "I can't find that case any more, so nothing was sent.";
    internal const string NotReporter = "Only the person who reported this case can do that, so nothing was sent.";
    private const int Shown = 10;

    public async Task ListAsync(TurnContext turn, CancellationToken cancellationToken) =>
        await turn.SendAsync(await ListCardAsync(turn, string.Empty, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <summary><c>report.adddetails</c>: the details typed under a case of the list, sent to its responders.</summary>
    public Task OnAddDetailsAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken) =>
        FollowUpAsync(turn, form, notFixed: false, cancellationToken);

    /// <summary><c>report.notfixed</c>: a resolved case of the list is not fixed after all, and opens again.</summary>
    public Task OnNotFixedAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken) =>
        FollowUpAsync(turn, form, notFixed: true, cancellationToken);

    private async Task FollowUpAsync(TurnContext turn, JsonElement form, bool notFixed, CancellationToken cancellationToken)
    {
        var caseNumber = CardValues.Text(form, "case");
        if (!CaseNumber.TryParse(caseNumber, out _))
        {
            await turn.SendAsync(Replies.Text(NotFound), cancellationToken).ConfigureAwait(false);
            return;
        }

        var reporter = UserNames.KeyOf(turn);
        var details = CardValues.Text(form, $"details-{caseNumber}");
        // When a responder changed the case meanwhile, the next attempt makes the change on the case as it is now.
        var outcome = await ReadChangeWrite.RunAsync(async token =>
        {
            var decided = notFixed
                ? await followUp.NotFixedAsync(reporter, caseNumber!, token).ConfigureAwait(false)
                : await followUp.AddDetailsAsync(reporter, caseNumber!, details, token).ConfigureAwait(false);
            if (decided.Kind != FollowUpOutcomeKind.Changing)
            {
                return Attempt.Done(decided);
            }

            var after = decided.Incident!;
            var messages = notFixed
                ? thread.Messages(turn, after, NotFixedPost(after), NotFixedPurpose)
                : thread.Messages(turn, after, DetailsPost(after), DetailsPurpose);
            return Attempt.Write(decided with { Kind = FollowUpOutcomeKind.Done }, write => followUp.CommitAsync(decided, messages, write));
        }, cancellationToken).ConfigureAwait(false);

        switch (outcome.Kind)
        {
            case FollowUpOutcomeKind.Done:
                var owner = caseCards.OwnerName(outcome.Incident!);
                var notice = notFixed
                    ? $"{caseNumber} is open again: {owner} have been told it is not fixed."
                    : $"Your details were added to {caseNumber}, and {owner} have been told.";
                await turn.ReplaceSubmittedCardAsync(await ListCardAsync(turn, notice, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                break;
            case FollowUpOutcomeKind.Refused:
                // The card stays as it is, so nothing typed on it is lost.
                await turn.SendAsync(Replies.Text(outcome.Message!), cancellationToken).ConfigureAwait(false);
                break;
            default:
                await turn.SendAsync(Replies.Text(outcome.Kind == FollowUpOutcomeKind.NotReporter ? NotReporter : NotFound), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task<Activity> ListCardAsync(TurnContext turn, string notice, CancellationToken cancellationToken)
    {
        var latest = await reporterCases.LatestAsync(UserNames.KeyOf(turn), Shown, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        return Replies.Card(cards.Render(new MyReportsCard(latest.Count > 0, [.. latest.Select(i => Item(i, now))]) { Notice = notice }));
    }

    private MyReportsCard.Item Item(Incident incident, DateTimeOffset now) => new(
        incident.CaseNumber,
        caseCards.CategoryLabel(incident),
        caseCards.Status(incident),
        CardTime.Local(incident.ReportedAt),
        incident.EvidenceFiles.Count == 0 ? "None yet" : $"{incident.EvidenceFiles.Count} of {evidenceOptions.Value.MaxFilesPerCase}",
        incident.Status != IncidentStatus.Resolved)
    {
        Resolution = incident.Status == IncidentStatus.Resolved ? incident.Resolution ?? string.Empty : string.Empty,
        NotFixedUntil = ReporterFollowUp.MayReopen(incident, now) && ReporterFollowUp.ReopenUntil(incident) is { } until
            ? $"Not fixed after all? You can say so until {CardTime.Local(until)}, and the case reopens."
            : string.Empty,
        AddedDetails = incident.ReporterAdditions.Count == 0 ? string.Empty : $"{incident.ReporterAdditions.Count} sent",
    };

    private Activity DetailsPost(Incident after) => Replies.Card(cards.Render(new CaseReporterUpdateCard(
        "The reporter added details", after.CaseNumber, after.ReporterName, true, after.ReporterAdditions[^1].Text,
        "Nothing else changed on the case. Reply to the reporter with Ask reporter on the case card.")));

    private Activity NotFixedPost(Incident after) => Replies.Card(cards.Render(new CaseReporterUpdateCard(
        "The reporter says this is not fixed", after.CaseNumber, after.ReporterName, false, string.Empty,
        $"The case is open again and back with {caseCards.OwnerName(after)}. Its history keeps the earlier resolution.")));
}
