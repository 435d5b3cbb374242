using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Incidents.Relay;

public enum FollowUpOutcomeKind
{
    /// <summary>The case changed and its notifications are in the outbox.</summary>
    Done,

    /// <summary>No such case (purged, or a tampered card).</summary>
    NotFound,

    /// <summary>The person is not the case's reporter.</summary>
    NotReporter,

    /// <summary>It does not fit the case as it is now, or the text needs fixing (see the message); nothing changed.</summary>
    Refused,
}

public sealed record FollowUpOutcome(FollowUpOutcomeKind Kind, Incident? Incident = null, string? Message = null);

/// <summary>
/// The reporter's side of their case after sending it: adding details to an open case, and saying "this is not
/// fixed" within <see cref="NotFixedWindow"/> of its resolution, which reopens it. Each change goes on the case
/// (history: the audit trail) in one ETag-guarded batch with its notifications. Only the reporter may do either,
/// checked as for relayed questions (<see cref="ReporterRelay.IsReporterAsync"/>), and the case names them only
/// as it already does, so an anonymous report stays anonymous.
/// </summary>
public sealed class ReporterFollowUp(IncidentStore incidents, ReporterRelay relay, Sla.OpenCases openCases, TimeProvider time)
{
    public const int MaxDetails = CaseService.MaxText;

    /// <summary>How long after its resolution the reporter may reopen a case.</summary>
    public static readonly TimeSpan NotFixedWindow = TimeSpan.FromDays(14);

    /// <summary>Whether the reporter may still say the case is not fixed, at <paramref name="now"/>.</summary>
    public static bool MayReopen(Incident incident, DateTimeOffset now) =>
        incident is { Status: IncidentStatus.Resolved, ResolvedAt: { } resolvedAt } && now < resolvedAt + NotFixedWindow;

    /// <summary>The last moment the reporter may say the case is not fixed; null when it is not resolved.</summary>
    public static DateTimeOffset? ReopenUntil(Incident incident) =>
        incident is { Status: IncidentStatus.Resolved, ResolvedAt: { } resolvedAt } ? resolvedAt + NotFixedWindow : null;

    /// <param name="notifications">Builds the outbox rows (the details in the case thread, the card update) from the case before and after.</param>
    public Task<FollowUpOutcome> AddDetailsAsync(
        string userKey,
        string caseNumber,
        string? details,
        Func<Incident, Incident, CancellationToken, Task<IReadOnlyList<TableOperation>>> notifications,
        CancellationToken cancellationToken)
    {
        var text = details?.Trim();
        return ChangeAsync(userKey, caseNumber, notifications, (incident, now) =>
        {
            if (incident.Status == IncidentStatus.Resolved)
            {
                return (null, "This case is resolved, so details can't be added any more. If it isn't fixed, say so on the case in **my reports**, or report it again.");
            }

            if (string.IsNullOrEmpty(text))
            {
                return (null, "Your details are empty: write something before you send them.");
            }

            if (text.Length > MaxDetails)
            {
                return (null, $"Please keep your details to {MaxDetails:N0} characters (it is {text.Length:N0}).");
            }

            return (incident with
            {
                Version = incident.Version + 1,
                ReporterAdditions = [.. incident.ReporterAdditions, new ReporterAddition(now, text)],
                History = [.. incident.History, new CaseEvent(now, incident.ReporterName, $"added details: {text}")],
            }, null);
        }, cancellationToken);
    }

    /// <summary>"This is not fixed": reopens a case resolved less than <see cref="NotFixedWindow"/> ago, back to acknowledged.</summary>
    public Task<FollowUpOutcome> NotFixedAsync(
        string userKey,
        string caseNumber,
        Func<Incident, Incident, CancellationToken, Task<IReadOnlyList<TableOperation>>> notifications,
        CancellationToken cancellationToken) =>
        ChangeAsync(userKey, caseNumber, notifications, (incident, now) =>
        {
            if (incident.Status != IncidentStatus.Resolved)
            {
                return (null, "This case is open already: its responders are still on it.");
            }

            if (!MayReopen(incident, now))
            {
                return (null, $"This case was resolved more than {NotFixedWindow.TotalDays:0} days ago, so it can't be reopened. If the problem is back, please report it again and quote {incident.CaseNumber}.");
            }

            return (incident with
            {
                Version = incident.Version + 1,
                Status = IncidentStatus.Acknowledged,
                ResolvedAt = null,
                History = [.. incident.History, new CaseEvent(now, incident.ReporterName, "said it is not fixed and reopened it")],
            }, null);
        }, cancellationToken);

    private async Task<FollowUpOutcome> ChangeAsync(
        string userKey,
        string caseNumber,
        Func<Incident, Incident, CancellationToken, Task<IReadOnlyList<TableOperation>>> notifications,
        Func<Incident, DateTimeOffset, (Incident? Changed, string? Problem)> change,
        CancellationToken cancellationToken)
    {
        while (true)
        {
            var (incident, etag) = await incidents.GetAsync(caseNumber, cancellationToken).ConfigureAwait(false);
            if (incident is null)
            {
                return new FollowUpOutcome(FollowUpOutcomeKind.NotFound);
            }

            if (!await relay.IsReporterAsync(incident, userKey, cancellationToken).ConfigureAwait(false))
            {
                return new FollowUpOutcome(FollowUpOutcomeKind.NotReporter, incident);
            }

            var (changed, problem) = change(incident, time.GetUtcNow());
            if (changed is null)
            {
                return new FollowUpOutcome(FollowUpOutcomeKind.Refused, incident, problem);
            }

            if (incident.Status == IncidentStatus.Resolved && changed.Status != IncidentStatus.Resolved)
            {
                // Reopened: back in the SLA job's view before the change is stored.
                await openCases.RegisterAsync(changed.CaseNumber, cancellationToken).ConfigureAwait(false);
            }

            var operations = await notifications(incident, changed, cancellationToken).ConfigureAwait(false);
            if (await incidents.TryUpdateAsync(changed, etag!, operations, cancellationToken).ConfigureAwait(false))
            {
                return new FollowUpOutcome(FollowUpOutcomeKind.Done, changed);
            }

            // A responder changed the case meanwhile: apply to the case as it is now.
        }
    }
}
