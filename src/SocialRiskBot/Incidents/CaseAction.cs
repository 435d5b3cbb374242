namespace SocialRiskBot.Incidents;

public enum CaseAction
{
    Acknowledge,
    Assign,
    Note,
    ChangeSeverity,
    Reroute,
    Resolve,
    Reopen,

    /// <summary>Relay a question to the reporter in personal chat (see <c>Relay/ReporterRelay</c> for the answer).</summary>
    AskReporter,
}

/// <summary>A responder's action on a case, from the version of the card they pressed.</summary>
/// <param name="Text">The note, the resolution summary or the question for the reporter.</param>
/// <param name="Value">The new severity or department id.</param>
public sealed record CaseActionRequest(string CaseNumber, int? Version, CaseAction Action, string ActorName, string? Text, string? Value)
{
    /// <summary>On resolve: the training assigned to stop it happening again, in words for the history ("Keeping company accounts safe to Marketing, due 8 Dec 2026").</summary>
    public string? TrainingAssigned { get; init; }
}

public enum CaseActionOutcomeKind
{
    /// <summary>The change is decided, not stored yet: <see cref="CaseService.CommitAsync"/> stores it with its messages.</summary>
    Changed,

    Done,

    /// <summary>The card was older than the case: someone else acted first; nothing changed.</summary>
    Stale,

    /// <summary>No such case (a tampered or mistyped card).</summary>
    NotFound,

    /// <summary>The action does not fit the case or its input (see the message); nothing changed.</summary>
    Refused,
}

/// <param name="Before">With <see cref="CaseActionOutcomeKind.Changed"/>: the case as read, at <paramref name="ETag"/>; <paramref name="Incident"/> is the case after the action.</param>
public sealed record CaseActionOutcome(CaseActionOutcomeKind Kind, Incident? Incident = null, string? Message = null, Incident? Before = null, string? ETag = null);
