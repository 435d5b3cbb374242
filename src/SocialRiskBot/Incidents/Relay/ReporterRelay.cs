using SocialRiskBot.Incidents.Anonymity;

namespace SocialRiskBot.Incidents.Relay;

public enum RelayOutcomeKind
{
    /// <summary>
    /// The answer is decided, not stored yet: <see cref="RelayOutcome.Incident"/> holds it, to be stored at
    /// <see cref="RelayOutcome.ETag"/> with its notifications (<see cref="IncidentStore.TryUpdateAsync"/>); ask again if that loses a race.
    /// </summary>
    Answering,

    /// <summary>The answer is on the case and its notifications are in the outbox.</summary>
    Answered,

    /// <summary>No such case or question (purged, or a tampered card).</summary>
    NotFound,

    /// <summary>The person answering is not the case's reporter.</summary>
    NotReporter,

    /// <summary>The question was answered already; nothing changed.</summary>
    AlreadyAnswered,

    /// <summary>The answer needs fixing (see the message); nothing changed.</summary>
    Refused,
}

public sealed record RelayOutcome(RelayOutcomeKind Kind, Incident? Incident = null, RelayQuestion? Question = null, string? Message = null, string? ETag = null);

/// <summary>
/// The reporter's side of "Ask reporter": their answer to a responder's question goes on the case (history, the
/// audit trail), once per question; the caller stores it in one ETag-guarded batch with its notifications. Only the reporter may
/// answer: for an anonymous case that is checked through <see cref="ReporterLinks"/>, so responders never learn who.
/// </summary>
public sealed class ReporterRelay(IncidentStore incidents, ReporterLinks links, TimeProvider time)
{
    public const int MaxAnswer = CaseService.MaxText;

    /// <summary>Decides the answer against the case as stored; stores nothing.</summary>
    public async Task<RelayOutcome> AnswerAsync(string userKey, string caseNumber, string? questionId, string? answer, CancellationToken cancellationToken)
    {
        var text = answer?.Trim();
        var (incident, etag) = await incidents.GetAsync(caseNumber, cancellationToken).ConfigureAwait(false);
        var question = incident?.Questions.FirstOrDefault(q => q.Id == questionId);
        if (incident is null || question is null)
        {
            return new RelayOutcome(RelayOutcomeKind.NotFound);
        }

        if (!await IsReporterAsync(incident, userKey, cancellationToken).ConfigureAwait(false))
        {
            return new RelayOutcome(RelayOutcomeKind.NotReporter, incident);
        }

        if (question.AnsweredAt is not null)
        {
            return new RelayOutcome(RelayOutcomeKind.AlreadyAnswered, incident, question);
        }

        if (string.IsNullOrEmpty(text))
        {
            return new RelayOutcome(RelayOutcomeKind.Refused, incident, question, "Your answer is empty: write something before you send it.");
        }

        if (text.Length > MaxAnswer)
        {
            return new RelayOutcome(RelayOutcomeKind.Refused, incident, question, $"Please keep your answer to {MaxAnswer:N0} characters (it is {text.Length:N0}).");
        }

        var now = time.GetUtcNow();
        var answered = question with { AnsweredAt = now, Answer = text };
        var changed = incident with
        {
            Version = incident.Version + 1,
            Questions = [.. incident.Questions.Select(q => q.Id == question.Id ? answered : q)],
            History = [.. incident.History, new CaseEvent(now, incident.ReporterName, $"answered {question.AskedBy}'s question: {text}")],
        };
        return new RelayOutcome(RelayOutcomeKind.Answering, changed, answered, ETag: etag);
    }

    /// <summary>Whether <paramref name="userKey"/> reported the case (through the sealed link for an anonymous one).</summary>
    public async Task<bool> IsReporterAsync(Incident incident, string userKey, CancellationToken cancellationToken) =>
        incident.IsAnonymous
            ? await links.FindUserAsync(incident.ReporterKey, cancellationToken).ConfigureAwait(false) == userKey
            : incident.ReporterKey == userKey;
}
