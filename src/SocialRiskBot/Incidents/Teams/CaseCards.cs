using SocialRiskBot.Cards;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>
/// The live case in the owning department's channel, updated in place for everyone. Reporter text
/// (<see cref="WhatHappened"/>, <see cref="Link"/>, <see cref="ReporterName"/>) is shown as TextRuns.
/// Every action submits <c>case.&lt;action&gt;</c> with the case number and <see cref="Version"/>:
/// acknowledge, assign, note (Input.Text <c>note</c>), severity (ChoiceSet <c>severity</c>), reroute
/// (ChoiceSet <c>department</c>), resolve (Input.Text <c>summary</c>, and optionally a training to assign:
/// ChoiceSets <c>trainingModule</c> — "none" or a module id, the category's suggestion first — and
/// <c>trainingScope</c>, Input.Date <c>trainingDue</c>), ask (Input.Text <c>question</c>), reopen (only when resolved).
/// Only the latest <see cref="CaseCardHistory.Shown"/> history lines are carried, so a long case stays small.
/// </summary>
public sealed record CaseCard(
    string CaseNumber,
    int Version,
    string CategoryLabel,
    string Severity,
    string SeverityColor,
    string SeverityReasons,
    string Platform,
    bool HasLink,
    string Link,
    string Noticed,
    string WhatHappened,
    string ReporterName,
    string Status,
    string AcknowledgeBy,
    IReadOnlyList<CaseCard.HistoryEntry> History,
    bool HasEarlierHistory,
    int EarlierHistoryCount,
    bool IsResolved,
    bool CanAcknowledge,
    string SeverityValue,
    string OwnerId,
    IReadOnlyList<CardChoice> Departments,
    IReadOnlyList<CardChoice> Severities,
    IReadOnlyList<CardChoice> TrainingModules,
    IReadOnlyList<CardChoice> TrainingScopes,
    string TrainingDue,
    bool HasEvidence,
    int EvidenceCount,
    IReadOnlyList<CaseCard.EvidenceEntry> Evidence) : ICardModel
{
    /// <summary>A file the reporter sent: its (sanitised) name as a TextRun, its sniffed kind, size and the start of its SHA-256.</summary>
    public sealed record EvidenceEntry(string Name, string Kind, string Size, string Sha);

    public static string TemplateName => "case";

    public static CardAudience Audience => CardAudience.Channel;

    /// <summary>The resolution deadline, beside <see cref="AcknowledgeBy"/>.</summary>
    public string ResolveBy { get; init; } = string.Empty;

    /// <summary>The category runs a legal clock (a personal-data breach: 72 hours to tell the regulator).</summary>
    public bool HasNotificationDeadline { get; init; }

    /// <summary>That clock in words, with its deadline counted from the report.</summary>
    public string NotificationDeadline { get; init; } = string.Empty;

    public sealed record HistoryEntry(string When, string Who, string What);
}

public static class CaseCardHistory
{
    /// <summary>How many of the latest history lines a case card shows; the full history stays in storage.</summary>
    public const int Shown = 8;
}

/// <summary>A short notice in a cc department's channel (or the risk committee's) pointing at a case another department owns.</summary>
public sealed record CaseNoticeCard(string CaseNumber, string CategoryLabel, string Severity, string OwnerName, string Reason) : ICardModel
{
    public static string TemplateName => "case-notice";

    public static CardAudience Audience => CardAudience.Channel;
}

/// <summary>
/// The answer to "View evidence" (a <c>task/fetch</c>): a dialog only the responder who asked sees, with a signed
/// download link per file that works for <see cref="Minutes"/> minutes.
/// </summary>
public sealed record EvidenceLinksCard(string CaseNumber, int Minutes, string Until, IReadOnlyList<EvidenceLinksCard.File> Files) : ICardModel
{
    public static string TemplateName => "evidence-links";

    public static CardAudience Audience => CardAudience.Channel;

    public sealed record File(string Name, string Kind, string Size, string Added, string Sha, string Url);
}
