using SocialRiskBot.Outbox;

namespace SocialRiskBot.Incidents.Relay;

public enum FollowUpOutcomeKind
{
    /// <summary>The change is made on <see cref="FollowUpOutcome.Incident"/>, to be committed with its notifications (<see cref="ReporterFollowUp.CommitAsync"/>).</summary>
    Changing,

    /// <summary>The case changed and its notifications are in the outbox.</summary>
    Done,

    /// <summary>No such case (purged, or a tampered card).</summary>
    NotFound,

    /// <summary>The person is not the case's reporter.</summary>
    NotReporter,

    /// <summary>It does not fit the case as it is now, or the text needs fixing (see the message); nothing changed.</summary>
    Refused,
}

/// <param name="ETag">For <see cref="FollowUpOutcomeKind.Changing"/>: the version of the case the change was made on.</param>
/// <param name="Reopens">For <see cref="FollowUpOutcomeKind.Changing"/>: the change reopens a resolved case.</param>
public sealed record FollowUpOutcome(FollowUpOutcomeKind Kind, Incident? Incident = null, string? Message = null, string? ETag = null, bool Reopens = false);

/// <summary>
/// The reporter's side of their case after sending it: adding details to an open case, and saying "this is not
/// fixed" within <see cref="NotFixedWindow"/> of its resolution, which reopens it. Each change goes on the case
/// (history: the audit trail): each operation returns the changed case, and <see cref="CommitAsync"/> stores it in
/// one ETag-guarded batch with its notifications, which the caller builds. Only the reporter may do either,
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

    /// <summary>Details added to an open case by its reporter.</summary>
    public Task<FollowUpOutcome> AddDetailsAsync(string userKey, string caseNumber, string? details, CancellationToken cancellationToken)
    {
        var text = details?.Trim();
        return ChangeAsync(userKey, caseNumber, (incident, now) =>
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
    public Task<FollowUpOutcome> NotFixedAsync(string userKey, string caseNumber, CancellationToken cancellationToken) =>
        ChangeAsync(userKey, caseNumber, (incident, now) =>
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

    /// <summary>
    /// Stores a <see cref="FollowUpOutcomeKind.Changing"/> outcome with <paramref name="messages"/>; false when the
    /// case changed meanwhile (ask again, on the case as it is now). A reopened case is back in the SLA job's view first.
    /// </summary>
    public async Task<bool> CommitAsync(FollowUpOutcome changing, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (changing is not { Kind: FollowUpOutcomeKind.Changing, Incident: { } changed, ETag: { } etag })
        {
            throw new ArgumentException("Only a change can be committed.", nameof(changing));
        }

        if (changing.Reopens)
        {
            await openCases.RegisterAsync(changed.CaseNumber, cancellationToken).ConfigureAwait(false);
        }

        return await incidents.TryUpdateAsync(changed, etag, messages, cancellationToken).ConfigureAwait(false);
    }

    private async Task<FollowUpOutcome> ChangeAsync(
        string userKey,
        string caseNumber,
        Func<Incident, DateTimeOffset, (Incident? Changed, string? Problem)> change,
        CancellationToken cancellationToken)
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
        return changed is null
            ? new FollowUpOutcome(FollowUpOutcomeKind.Refused, incident, problem)
            : new FollowUpOutcome(FollowUpOutcomeKind.Changing, changed, ETag: etag, Reopens: incident.Status == IncidentStatus.Resolved && changed.Status != IncidentStatus.Resolved);
    }
}
