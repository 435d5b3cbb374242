namespace SocialRiskBot.Incidents;

public enum ReportOutcomeKind
{
    /// <summary>The draft moved to its next step (see the draft's <see cref="ReportDraft.Step"/>).</summary>
    Moved,

    /// <summary>The details need fixing; the draft did not move and <see cref="ReportOutcome.Problem"/> says why.</summary>
    Problem,

    /// <summary>The card was older than the draft, or belongs to another draft: nothing changed.</summary>
    Stale,

    /// <summary>The draft was older than a day: closed, nothing sent.</summary>
    Expired,

    /// <summary>There is no report in progress.</summary>
    NoDraft,

    /// <summary>
    /// The case is ready to be stored: <see cref="ReportOutcome.Incident"/> is new, with its number fixed in the draft.
    /// The caller adds the messages that announce it and files it with <see cref="ReportService.FileAsync"/>.
    /// </summary>
    Filing,

    /// <summary>The case is stored and its notifications are in the outbox.</summary>
    Submitted,
}

/// <param name="ETag">With <see cref="ReportOutcomeKind.Filing"/>: the version of the draft the case was made from.</param>
public sealed record ReportOutcome(ReportOutcomeKind Kind, ReportDraft? Draft = null, string? Problem = null, Incident? Incident = null, string? ETag = null);
