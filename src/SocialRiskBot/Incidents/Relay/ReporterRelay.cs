using SocialRiskBot.Incidents.Anonymity;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Incidents.Relay;

public enum RelayOutcomeKind
{
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

public sealed record RelayOutcome(RelayOutcomeKind Kind, Incident? Incident = null, RelayQuestion? Question = null, string? Message = null);

/// <summary>
/// The reporter's side of "Ask reporter": their answer to a responder's question goes on the case (history, the
/// audit trail) in one ETag-guarded batch with its notifications, once per question. Only the reporter may
/// answer: for an anonymous case that is checked through <see cref="ReporterLinks"/>, so responders never learn who.
/// </summary>
public sealed class ReporterRelay(IncidentStore incidents, ReporterLinks links, TimeProvider time)
{
    public const int MaxAnswer = CaseService.MaxText;

    /// <param name="notifications">Builds the outbox rows (the answer in the case thread, the card update) from the case before and after.</param>
    public async Task<RelayOutcome> AnswerAsync(
        string userKey,
        string caseNumber,
        string? questionId,
        string? answer,
        Func<Incident, Incident, RelayQuestion, CancellationToken, Task<IReadOnlyList<TableOperation>>> notifications,
        CancellationToken cancellationToken)
    {
        var text = answer?.Trim();
        while (true)
        {
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
            var operations = await notifications(incident, changed, answered, cancellationToken).ConfigureAwait(false);
            if (await incidents.TryUpdateAsync(changed, etag!, operations, cancellationToken).ConfigureAwait(false))
            {
                return new RelayOutcome(RelayOutcomeKind.Answered, changed, answered);
            }

            // A responder changed the case meanwhile: answer the case as it is now.
        }
    }

    /// <summary>Whether <paramref name="userKey"/> reported the case (through the sealed link for an anonymous one).</summary>
    public async Task<bool> IsReporterAsync(Incident incident, string userKey, CancellationToken cancellationToken) =>
        incident.IsAnonymous
            ? await links.FindUserAsync(incident.ReporterKey, cancellationToken).ConfigureAwait(false) == userKey
            : incident.ReporterKey == userKey;
}
