using System.Globalization;
using SocialRiskBot.Incidents.Relay;
using SocialRiskBot.Organization;
using SocialRiskBot.Outbox;

namespace SocialRiskBot.Incidents;

/// <summary>
/// What responders do to a case. Each action applies to the version of the card that was pressed: the case
/// and its notifications are written in one ETag-guarded batch, so of two responders acting at once exactly
/// one wins and the other is told who got there first. Every change adds a history line (the audit trail).
/// </summary>
public sealed class CaseService(IncidentStore incidents, DepartmentDirectory departments, Sla.SlaPolicy sla, Sla.OpenCases openCases, TimeProvider time)
{
    public const int MaxText = 1000;
    public const int MaxQuestion = 500;

    public Task<(Incident? Incident, string? ETag)> GetAsync(string caseNumber, CancellationToken cancellationToken) =>
        incidents.GetAsync(caseNumber, cancellationToken);

    /// <summary>Decides what the action does to the case as stored; stores nothing.</summary>
    /// <returns><see cref="CaseActionOutcomeKind.Changed"/> with the case before and after, or why nothing changes.</returns>
    public async Task<CaseActionOutcome> ApplyAsync(CaseActionRequest request, CancellationToken cancellationToken)
    {
        var (incident, etag) = await incidents.GetAsync(request.CaseNumber, cancellationToken).ConfigureAwait(false);
        if (incident is null)
        {
            return new CaseActionOutcome(CaseActionOutcomeKind.NotFound);
        }

        if (request.Version != incident.Version)
        {
            return Stale(incident);
        }

        var (changed, problem) = Change(incident, request);
        return changed is null
            ? new CaseActionOutcome(CaseActionOutcomeKind.Refused, incident, problem)
            : new CaseActionOutcome(CaseActionOutcomeKind.Changed, Timings(incident, changed), Before: incident, ETag: etag);
    }

    /// <summary>Stores a <see cref="CaseActionOutcomeKind.Changed"/> case with <paramref name="messages"/> in one ETag-guarded batch.</summary>
    /// <returns><see cref="CaseActionOutcomeKind.Done"/>, or <see cref="CaseActionOutcomeKind.Stale"/> when someone else changed the case first.</returns>
    public async Task<CaseActionOutcome> CommitAsync(CaseActionOutcome change, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (change is not { Kind: CaseActionOutcomeKind.Changed, Before: { } before, Incident: { } changed, ETag: { } etag })
        {
            throw new ArgumentException("Only a decided change can be stored.", nameof(change));
        }

        if (before.Status == IncidentStatus.Resolved && changed.Status != IncidentStatus.Resolved)
        {
            // Reopened: back in the SLA job's view before the change is stored.
            await openCases.RegisterAsync(changed.CaseNumber, cancellationToken).ConfigureAwait(false);
        }

        return await incidents.TryUpdateAsync(changed, etag, messages, cancellationToken).ConfigureAwait(false)
            ? new CaseActionOutcome(CaseActionOutcomeKind.Done, changed)
            : Stale((await incidents.GetAsync(changed.CaseNumber, cancellationToken).ConfigureAwait(false)).Incident ?? before);
    }

    private static CaseActionOutcome Stale(Incident current)
    {
        var last = current.History.LastOrDefault();
        var who = last is null ? "Someone" : $"{last.Who} ({last.What})";
        return new CaseActionOutcome(CaseActionOutcomeKind.Stale, current, $"{who} changed this case just before you, so I didn't apply your action. The card now shows the case as it is.");
    }

    private (Incident? Changed, string? Problem) Change(Incident incident, CaseActionRequest request)
    {
        var resolved = incident.Status == IncidentStatus.Resolved;
        var text = request.Text?.Trim();
        switch (request.Action)
        {
            case CaseAction.Acknowledge when incident.Status == IncidentStatus.New:
                return (Next(incident, request, "acknowledged it") with { Status = IncidentStatus.Acknowledged }, null);
            case CaseAction.Acknowledge:
                return (null, "This case is already acknowledged.");
            case CaseAction.Assign when !resolved:
                return (Next(incident, request, "took it on") with { AssigneeName = request.ActorName, Status = IncidentStatus.Acknowledged }, null);
            case CaseAction.Note when string.IsNullOrEmpty(text):
                return (null, "The note is empty: write something before you add it.");
            case CaseAction.Note when text!.Length > MaxText:
                return (null, $"Please keep a note to {MaxText:N0} characters (it is {text.Length:N0}).");
            case CaseAction.Note:
                return (Next(incident, request, $"note: {text}"), null);
            case CaseAction.ChangeSeverity when !resolved:
                return Enum.TryParse<Severity>(request.Value, ignoreCase: true, out var severity) && Enum.IsDefined(severity) && !int.TryParse(request.Value, out _)
                    ? severity == incident.Severity
                        ? (null, $"The severity is already {severity}.")
                        : (Next(incident, request, $"changed the severity from {incident.Severity} to {severity}") with { Severity = severity }, null)
                    : (null, "Please choose a severity from the list.");
            case CaseAction.Reroute when !resolved:
                var department = departments.Find(request.Value);
                return department is null ? (null, "Please choose a department from the list.")
                    : department.Id == incident.OwnerId ? (null, $"{department.Name} already has this case.")
                    : (Next(incident, request, $"rerouted it to {department.Name}") with { OwnerId = department.Id, Status = IncidentStatus.New, AssigneeName = null }, null);
            case CaseAction.Resolve when !resolved && string.IsNullOrEmpty(text):
                return (null, "Please write a short resolution summary: the reporter will read it.");
            case CaseAction.Resolve when !resolved && text!.Length > MaxText:
                return (null, $"Please keep the summary to {MaxText:N0} characters (it is {text.Length:N0}).");
            case CaseAction.Resolve when !resolved:
                var done = Next(incident, request, $"resolved it: {text}") with { Status = IncidentStatus.Resolved, Resolution = text };
                return (request.TrainingAssigned is { } training
                    ? done with { History = [.. done.History, new CaseEvent(time.GetUtcNow(), request.ActorName, $"assigned the training {training}")] }
                    : done, null);
            case CaseAction.Reopen when resolved:
                return (Next(incident, request, "reopened it") with { Status = IncidentStatus.Acknowledged }, null);
            case CaseAction.Reopen:
                return (null, "This case is open already.");
            case CaseAction.AskReporter when !resolved && string.IsNullOrEmpty(text):
                return (null, "The question is empty: write what you'd like to ask the reporter.");
            case CaseAction.AskReporter when !resolved && text!.Length > MaxQuestion:
                return (null, $"Please keep a question to {MaxQuestion:N0} characters (it is {text.Length:N0}).");
            case CaseAction.AskReporter when !resolved:
                var question = new RelayQuestion((incident.Questions.Count + 1).ToString(CultureInfo.InvariantCulture), request.ActorName, text!, time.GetUtcNow());
                return (Next(incident, request, $"asked the reporter: {text}") with { Questions = [.. incident.Questions, question] }, null);
            default:
                return (null, "This case is resolved: reopen it first.");
        }
    }

    /// <summary>The SLA clock: first acknowledgement, resolution (cleared on reopen), deadlines moved by a severity change.</summary>
    private Incident Timings(Incident before, Incident after)
    {
        var now = time.GetUtcNow();
        var changed = after with
        {
            AcknowledgedAt = after.AcknowledgedAt ?? (after.Status == IncidentStatus.Acknowledged && before.Status == IncidentStatus.New ? now : null),
            ResolvedAt = after.Status != IncidentStatus.Resolved ? null : before.Status == IncidentStatus.Resolved ? after.ResolvedAt : now,
        };
        return changed.Severity == before.Severity ? changed : sla.WithDeadlines(changed);
    }

    private Incident Next(Incident incident, CaseActionRequest request, string what) => incident with
    {
        Version = incident.Version + 1,
        History = [.. incident.History, new CaseEvent(time.GetUtcNow(), request.ActorName, what)],
    };
}
