namespace SocialRiskBot.Incidents;

/// <summary>
/// A report in progress: one per reporter at a time, kept in storage so it survives restarts, and gone after
/// <see cref="Lifetime"/>. Every card of the flow carries <see cref="DraftId"/> and <see cref="Version"/>; a
/// submit whose version is not the draft's current one is stale and changes nothing.
/// </summary>
public sealed record ReportDraft(
    string DraftId,
    string ReporterKey,
    int Version,
    ReportStep Step,
    DateTimeOffset StartedAt,
    string? CategoryId,
    ReportDetails? Details,
    string? CaseNumber)
{
    /// <summary>Set when the reporter sends the report anonymously; gone again once the case is stored.</summary>
    public Anonymity.AnonymousSubmission? Anonymous { get; init; }

    /// <summary>Files sent while the report is open; they go with the case. Adding one does not move <see cref="Version"/>, so the open card stays valid.</summary>
    public IReadOnlyList<SocialRiskBot.Evidence.EvidenceFile> EvidenceFiles { get; init; } = [];

    /// <summary>The story the reporter typed as a chat message, exactly as typed, waiting for the details form (cleared once the form is sent).</summary>
    public string? Story { get; init; }

    /// <summary>The message that shows the draft's card, so that it can be replaced in place; one live card per draft.</summary>
    public string? CardActivityId { get; init; }

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public DateTimeOffset ExpiresAt => StartedAt + Lifetime;

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    /// <summary>Still open for changes: not sent, not cancelled.</summary>
    public bool IsOpen => Step is ReportStep.ChoosingCategory or ReportStep.EnteringDetails or ReportStep.Reviewing;

    public static ReportDraft Start(string reporterKey, DateTimeOffset now) =>
        new(Guid.NewGuid().ToString("N")[..16], reporterKey, 1, ReportStep.ChoosingCategory, now, null, null, null);

    /// <summary>The next state of the draft: same id, one version on.</summary>
    public ReportDraft Next(ReportStep step) => this with { Step = step, Version = Version + 1 };
}
