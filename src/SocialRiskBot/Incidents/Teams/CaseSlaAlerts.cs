using SocialRiskBot.Cards;
using SocialRiskBot.Conversations;
using SocialRiskBot.Incidents;
using SocialRiskBot.Incidents.Sla;
using SocialRiskBot.Organization;
using SocialRiskBot.Organization.Teams;
using SocialRiskBot.Outbox;
using SocialRiskBot.Storage.Tables;
using SocialRiskBot.Telemetry;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>
/// One pass over the open cases: at 75 % of a running deadline a reminder in the case thread, at 100 % an
/// escalation card in the risk committee's channel and a history line on the case. Each alert is recorded on
/// the case in the same ETag-guarded batch as its outbox rows, so two instances or a restart never send it twice.
/// </summary>
public sealed partial class CaseSlaAlerts(
    OpenCases openCases,
    IncidentStore incidents,
    SlaPolicy policy,
    DepartmentChannels channels,
    ConversationReferenceStore references,
    CaseCardComposer composer,
    CardRenderer cards,
    OutboxWriter outbox,
    CaseRouting routing,
    BotMetrics metrics,
    TimeProvider time,
    ILogger<CaseSlaAlerts> logger)
{
    public const string ReminderPurpose = "case-sla-reminder";
    public const string EscalationPurpose = "case-sla-escalation";
    public const string Actor = "SocialRiskBot";

    /// <summary>An index entry without its case is kept this long: the case is written just after it is registered.</summary>
    private static readonly TimeSpan MissingCaseGrace = TimeSpan.FromMinutes(10);

    /// <returns>How many alerts were queued.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var (caseNumber, registeredAt, etag) in await openCases.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            sent += await CheckAsync(caseNumber, registeredAt, etag, cancellationToken).ConfigureAwait(false);
        }

        return sent;
    }

    private async Task<int> CheckAsync(string caseNumber, DateTimeOffset registeredAt, string indexETag, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (incident, etag) = await incidents.GetAsync(caseNumber, cancellationToken).ConfigureAwait(false);
        if (incident is null)
        {
            if (now - registeredAt > MissingCaseGrace)
            {
                await openCases.ForgetAsync(caseNumber, indexETag, cancellationToken).ConfigureAwait(false);
            }

            return 0;
        }

        if (incident.Status == IncidentStatus.Resolved)
        {
            await openCases.ForgetAsync(caseNumber, indexETag, cancellationToken).ConfigureAwait(false);
            return 0;
        }

        var due = SlaCheck.Due(incident, policy, now);
        if (due.Count == 0)
        {
            return 0;
        }

        var reach = await ReachAsync(incident, cancellationToken).ConfigureAwait(false);
        var messages = new List<OutboxMessage>();
        var changed = incident;
        foreach (var alert in due)
        {
            var message = alert.Stage == SlaStage.Reminder
                ? Reminder(incident, alert, reach)
                : await EscalationAsync(incident, alert, reach, cancellationToken).ConfigureAwait(false);
            if (alert.Stage == SlaStage.Reminder && message is null)
            {
                continue; // No thread yet: the reminder waits for the card to land (or gives way to the escalation).
            }

            if (message is not null)
            {
                messages.Add(message);
            }

            changed = Record(changed, alert, now);
        }

        if (changed == incident)
        {
            return 0;
        }

        if (changed.History.Count > incident.History.Count && CardUpdate(changed, reach) is { } update)
        {
            messages.Add(update);
        }

        if (!await incidents.TryUpdateAsync(changed, etag!, messages, cancellationToken).ConfigureAwait(false))
        {
            // Another instance or a responder changed the case first: the next pass looks again.
            return 0;
        }

        LogAlerts(logger, caseNumber, changed.SlaAlerts.Count - incident.SlaAlerts.Count);
        foreach (var breach in due.Where(d => d.Stage != SlaStage.Reminder))
        {
            metrics.SlaBreached(breach.Target.ToString(), incident.Severity.ToString());
        }

        return messages.Count;
    }

    private static Incident Record(Incident incident, SlaDue alert, DateTimeOffset now)
    {
        var recorded = incident with { SlaAlerts = [.. incident.SlaAlerts, new SlaAlert(alert.Target, alert.Stage, alert.Deadline, now)] };
        return alert.Stage == SlaStage.Reminder ? recorded : recorded with
        {
            History = [.. recorded.History, new CaseEvent(now, Actor, alert.Target == SlaTarget.Acknowledge
                ? $"escalated it to the risk committee: not acknowledged by {CardDates.When(alert.Deadline)}"
                : $"escalated it to the risk committee: not resolved by {CardDates.When(alert.Deadline)}")],
        };
    }

    private OutboxMessage? Reminder(Incident incident, SlaDue alert, Reach reach)
    {
        if (incident.ThreadConversationId is not { } thread || reach.ServiceUrl is null)
        {
            return null;
        }

        var left = alert.Deadline - time.GetUtcNow();
        var text = alert.Target == SlaTarget.Acknowledge
            ? $"Reminder: case {incident.CaseNumber} is not acknowledged yet. It should be by {CardDates.When(alert.Deadline)} ({Left(left)} left); after that it goes to the risk committee. Choose **Acknowledge** or **Assign to me** on the card above."
            : $"Reminder: case {incident.CaseNumber} should be resolved by {CardDates.When(alert.Deadline)} ({Left(left)} left); after that it goes to the risk committee.";
        return outbox.Message(OutboxKind.Send, reach.ServiceUrl, thread, null, reach.TenantId, Replies.Text(text), ReminderPurpose, incident.CaseNumber);
    }

    private async Task<OutboxMessage?> EscalationAsync(Incident incident, SlaDue alert, Reach reach, CancellationToken cancellationToken)
    {
        if (await channels.FindAsync(DepartmentsOptions.RiskCommitteeId, reach.ServiceUrl, cancellationToken).ConfigureAwait(false) is not { } channel)
        {
            return null; // No channel to post in: the history line still records the breach.
        }

        var owner = composer.OwnerName(incident);
        var link = TeamsMessageLinks.ChannelMessage(incident.ThreadConversationId, incident.CardActivityId, reach.TenantId);
        var card = new CaseEscalationCard(
            incident.CaseNumber,
            composer.CategoryLabel(incident),
            incident.Severity.ToString(),
            alert.Target == SlaTarget.Acknowledge
                ? "Nobody has acknowledged this case yet, and its acknowledgement target has passed."
                : "This case is not resolved yet, and its resolution target has passed.",
            owner,
            composer.Status(incident),
            CardTime.Local(incident.ReportedAt),
            CardTime.Local(alert.Deadline),
            link is null
                ? $"Escalated to the risk committee. The case card has not reached {owner}'s channel yet."
                : $"Escalated to the risk committee. {owner} works the case from its card in their channel.",
            link is not null,
            link ?? string.Empty);
        return outbox.Message(OutboxKind.StartChannelThread, channel.ServiceUrl, channel.ChannelId, null, reach.TenantId,
            Replies.Card(cards.Render(card)), EscalationPurpose, incident.CaseNumber);
    }

    /// <summary>The case card refreshed in place, so everyone sees the escalation in its history.</summary>
    private OutboxMessage? CardUpdate(Incident incident, Reach reach) =>
        reach.ServiceUrl is { } serviceUrl ? routing.CardUpdate(incident, serviceUrl, reach.TenantId) : null;

    /// <summary>
    /// The service URL and tenant to post with: where the case card went, else the owner's (or the risk
    /// committee's) channel as last heard from, else a named reporter's chat. An anonymous reporter's alias is
    /// never followed for this.
    /// </summary>
    private async Task<Reach> ReachAsync(Incident incident, CancellationToken cancellationToken)
    {
        if (incident.ServiceUrl is not null)
        {
            return new Reach(incident.ServiceUrl, incident.TenantId);
        }

        if (await channels.FindAsync(incident.OwnerId, (string?)null, cancellationToken).ConfigureAwait(false) is { } channel)
        {
            return new Reach(channel.ServiceUrl, incident.TenantId);
        }

        var reporter = incident.IsAnonymous ? null : await references.FindUserAsync(incident.ReporterKey, cancellationToken).ConfigureAwait(false);
        return new Reach(reporter?.ServiceUrl, incident.TenantId ?? reporter?.TenantId);
    }

    private static string Left(TimeSpan left) =>
        left.TotalHours >= 1 ? $"about {Math.Round(left.TotalHours):0} hour{(Math.Round(left.TotalHours) == 1 ? string.Empty : "s")}"
            : $"{Math.Max(1, (int)Math.Ceiling(left.TotalMinutes))} minute{(Math.Ceiling(left.TotalMinutes) <= 1 ? string.Empty : "s")}";

    private sealed record Reach(string? ServiceUrl, string? TenantId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseNumber}: {Count} SLA alert(s) queued")]
    private static partial void LogAlerts(ILogger logger, string caseNumber, int count);
}
